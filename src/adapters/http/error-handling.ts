// One error handler for the whole app: JSON errors that say how to fix the request, a pointer to
// care in every one, and whenever a question was sent but not answered (too long, a bad locale,
// over the rate limit, a failure while answering), the red-flag escalation if there is one.
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { escalationFromTriage } from '../../core/compose/escalation.js';
import type { Logger } from '../../core/logger.js';
import type { EscalationBlock, TriageResult } from '../../core/types.js';
import type { HttpSettings, KnowledgeView } from './build-http-app.js';
import { carePointer, classifyError, HttpProblem } from './errors.js';

export interface ErrorHandlingDeps {
  view: KnowledgeView;
  logger: Logger;
  settings: HttpSettings;
}

/**
 * Even when the question is refused or answering failed, a red flag in it still gets its
 * escalation. The whole text is classified, however long: the body limit already bounds it.
 */
function rescueEscalation(
  request: FastifyRequest,
  view: KnowledgeView,
  alreadyChecked: TriageResult | null | undefined,
): { triage: TriageResult; escalation: EscalationBlock } | null {
  const question = (request.body as { question?: unknown } | undefined)?.question;
  if (typeof question !== 'string') return null;
  try {
    // The rate limit has already classified an over-limit question: do not classify it twice.
    const triage = alreadyChecked === undefined ? view.redFlag(question) : alreadyChecked;
    return triage ? { triage, escalation: escalationFromTriage(triage, view.settings()) } : null;
  } catch {
    return null; // the classifier itself failed: the care pointer in the message still stands
  }
}

export function installErrorHandling(app: FastifyInstance, deps: ErrorHandlingDeps): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { statusCode, code, message, operatorNote } = classifyError(error, deps.settings.bodyLimitBytes);
    const red = rescueEscalation(request, deps.view, error instanceof HttpProblem ? error.triage : undefined);
    const fields = {
      event: 'http-error',
      requestId: request.id,
      errorCode: code,
      ...(red ? { triage: red.triage.level, triageRule: red.triage.rule } : {}),
    };
    // The note names the settings to change, for the operator; the person gets a plain message.
    if (statusCode >= 500) deps.logger.error(fields, operatorNote);
    else deps.logger.info(fields, operatorNote);

    const settings = deps.view.settings();
    const escalation = red?.escalation ?? null;
    const text = escalation
      ? `${escalation.text} ${message}`
      : `${message} ${carePointer(settings.emergencyNumber)}`;
    return reply
      .code(statusCode)
      .type('application/json; charset=utf-8')
      .send({ error: { code, message: text }, ...(escalation ? { escalation } : {}) });
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    return reply.code(404).send({
      error: {
        code: 'not-found',
        message: `There is nothing at ${request.method} ${path}. The API is described at /docs and the chat page is at /.`,
      },
    });
  });
}
