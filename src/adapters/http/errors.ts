// Every failure becomes `{ error: { code, message } }` with a message that says how to fix the
// request, and a pointer to care: a person who hit an error may still need help now.
import type { FastifyError, FastifyRequest } from 'fastify';

export interface ErrorBody {
  error: { code: string; message: string };
}

/** An expected refusal thrown from a hook or handler; the error handler turns it into JSON. */
export class HttpProblem extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

export const MAX_QUESTION_CHARS = 2000;

const HOW_TO_ASK = 'Send {"question": "your question"} as JSON with content-type: application/json.';

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
      return ['empty-question', `The question is empty. Type a question and send it again. ${HOW_TO_ASK}`];
    }
    return ['invalid-question', `"question" must be text. ${HOW_TO_ASK}`];
  }
  if (context === 'body' && field === 'locale') {
    return ['invalid-locale', 'locale must be a language tag such as "en" or "en-US", or left out.'];
  }
  if (context === 'body' && field === '')
    return ['invalid-body', `The body must be a JSON object. ${HOW_TO_ASK}`];
  const where = field ? `${context} field "${field}"` : context;
  return [
    'invalid-request',
    `The ${where} is not valid (${issue?.keyword ?? 'schema'}). See the API at /docs.`,
  ];
}

/** Status code, error code and message for anything thrown while handling a request. */
export function classifyError(error: FastifyError, bodyLimitBytes: number): [number, string, string] {
  if (error instanceof HttpProblem) return [error.statusCode, error.code, error.message];
  if (error.validation) {
    const [code, message] = describeValidation(
      error.validation[0] as ValidationIssue | undefined,
      error.validationContext ?? 'body',
    );
    return [400, code, message];
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return [400, 'invalid-json', `The body is not valid JSON. ${HOW_TO_ASK}`];
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return [400, 'empty-body', `The body is empty. ${HOW_TO_ASK}`];
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return [
        413,
        'body-too-large',
        `The body is larger than ${bodyLimitBytes} bytes (BODY_LIMIT_BYTES). Send only the question, at most ${MAX_QUESTION_CHARS} characters.`,
      ];
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return [415, 'unsupported-content-type', `This content type is not accepted. ${HOW_TO_ASK}`];
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return [400, 'invalid-content-length', 'The content-length header does not match the body sent.'];
  }
  // Syntax errors from the JSON parser carry a 400 without a fastify code.
  if (error instanceof SyntaxError) return [400, 'invalid-json', `The body is not valid JSON. ${HOW_TO_ASK}`];
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return [error.statusCode, 'bad-request', 'The request could not be read. See the API at /docs.'];
  }
  return [
    500,
    'internal-error',
    'Something went wrong on our side and no answer could be given. Please try again in a moment, or ask a doctor, nurse or pharmacist.',
  ];
}

/** The route pattern for metrics and logs: never the raw URL, which could carry a question. */
export function routeLabel(request: FastifyRequest): string {
  return request.routeOptions.url ?? 'unmatched';
}
