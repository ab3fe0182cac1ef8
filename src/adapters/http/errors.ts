// Every failure becomes `{ error: { code, message } }` with a message that says how to fix the
// request, and a pointer to care: a person who hit an error may still need help now.
import type { FastifyError, FastifyRequest } from 'fastify';
import type { TriageResult } from '../../core/types.js';

export interface ErrorBody {
  error: { code: string; message: string };
}

/**
 * An expected refusal thrown from a hook or handler; the error handler turns it into JSON.
 * `operatorNote` names the settings behind it, for the log line: never shown to the person.
 */
export class HttpProblem extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly operatorNote?: string,
    /** The red-flag check already run on this request's question (null: none fired), so the error handler need not run it again. */
    readonly triage?: TriageResult | null,
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

/** What the error handler sends and logs for one failure. */
export interface ClassifiedError {
  statusCode: number;
  code: string;
  /** For the person or developer who sent the request: plain, no setting names. */
  message: string;
  /** The operator settings behind this refusal, for the log line. */
  operatorNote?: string;
}

export const MAX_QUESTION_CHARS = 2000;

export const HOW_TO_ASK = 'Send {"question": "your question"} as JSON with content-type: application/json.';

export function carePointer(emergencyNumber: string): string {
  return `If this is an emergency, call ${emergencyNumber} now.`;
}

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

/** Turns fastify's schema errors into one code and a sentence a developer can act on. */
function describeValidation(issue: ValidationIssue | undefined, context: string): [string, string] {
  const missing = issue?.keyword === 'required' ? String(issue.params.missingProperty ?? '') : '';
  const field = missing || (issue?.instancePath.replace(/^\//, '') ?? '');
  if (context === 'body' && field === 'question') {
    if (issue?.keyword === 'required') return ['missing-question', `The question is missing. ${HOW_TO_ASK}`];
    if (issue?.keyword === 'maxLength') {
      return [
        'question-too-long',
        `The question is longer than ${MAX_QUESTION_CHARS} characters. Shorten it to the main symptom or topic and ask again.`,
      ];
    }
    if (issue?.keyword === 'minLength' || issue?.keyword === 'pattern') {
      return [
        'empty-question',
        'The question is empty. Put the text of the question in "question" and send it again.',
      ];
    }
    return ['invalid-question', `"question" must be text. ${HOW_TO_ASK}`];
  }
  if (context === 'body' && field === 'locale') {
    return ['invalid-locale', 'locale must be a language tag such as "en" or "en-US", or left out.'];
  }
  if (context === 'body' && field === '')
    return ['invalid-body', `The body must be a JSON object. ${HOW_TO_ASK}`];
  if (context === 'params' && field === 'id') {
    return [
      'invalid-entry-id',
      'An entry id is lowercase letters and digits joined by single hyphens, such as "sore-throat" or "flu-vaccine". Use an entryId from an answer\'s choices or related list.',
    ];
  }
  const where = field ? `${context} field "${field}"` : context;
  return [
    'invalid-request',
    `The ${where} is not valid (${issue?.keyword ?? 'schema'}). See the API at /docs.`,
  ];
}

/** Status code, error code and message for anything thrown while handling a request. */
export function classifyError(error: FastifyError, bodyLimitBytes: number): ClassifiedError {
  if (error instanceof HttpProblem) {
    const { statusCode, code, message, operatorNote } = error;
    return { statusCode, code, message, ...(operatorNote ? { operatorNote } : {}) };
  }
  if (error.validation) {
    const [code, message] = describeValidation(
      error.validation[0] as ValidationIssue | undefined,
      error.validationContext ?? 'body',
    );
    return { statusCode: 400, code, message };
  }
  const bad = (code: string, message: string): ClassifiedError => ({ statusCode: 400, code, message });
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return bad('invalid-json', `The body is not valid JSON. ${HOW_TO_ASK}`);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return bad('empty-body', `The body is empty. ${HOW_TO_ASK}`);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        statusCode: 413,
        code: 'body-too-large',
        message: `The request is larger than ${bodyLimitBytes} bytes. Send only the question, at most ${MAX_QUESTION_CHARS} characters.`,
        operatorNote: `request body over BODY_LIMIT_BYTES (${bodyLimitBytes})`,
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        statusCode: 415,
        code: 'unsupported-content-type',
        message: `This content type is not accepted. ${HOW_TO_ASK}`,
      };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return bad('invalid-content-length', 'The content-length header does not match the body sent.');
  }
  // Syntax errors from the JSON parser carry a 400 without a fastify code.
  if (error instanceof SyntaxError) return bad('invalid-json', `The body is not valid JSON. ${HOW_TO_ASK}`);
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return {
      statusCode: error.statusCode,
      code: 'bad-request',
      message: 'The request could not be read. See the API at /docs.',
    };
  }
  return {
    statusCode: 500,
    code: 'internal-error',
    message:
      'Something went wrong on our side and no answer could be given. Please try again in a moment, or ask a doctor, nurse or pharmacist.',
  };
}

/** The route pattern for metrics and logs: never the raw URL, which could carry a question. */
export function routeLabel(request: FastifyRequest): string {
  return request.routeOptions.url ?? 'unmatched';
}
