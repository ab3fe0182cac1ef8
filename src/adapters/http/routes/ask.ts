// POST /v1/ask: one question in, the composed Answer out (same data as `vetted ask --json`).

import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import type { AnswerService } from '../../../core/answer-service.js';
import type { Answer } from '../../../core/types.js';
import type { KnowledgeView } from '../build-http-app.js';
import { HttpProblem } from '../errors.js';
import { askBodySchema, errorResponses } from '../schemas.js';

export interface AskRouteDeps {
  answers: AnswerService;
  view: KnowledgeView;
  limit: preHandlerAsyncHookHandler;
}

export function notReady(): HttpProblem {
  return new HttpProblem(
    503,
    'not-ready',
    'The knowledge is still loading. Try again in a few seconds (GET /readyz says when it is ready).',
  );
}

export function registerAskRoute(app: FastifyInstance, deps: AskRouteDeps): void {
  app.post<{ Body: { question: string; locale?: string }; Reply: Answer }>(
    '/v1/ask',
    {
      schema: {
        summary: 'Ask a health question',
        description:
          'Triage runs first: an emergency or crisis escalation is never suppressed, not even by the rate limit. The question text is never logged.',
        tags: ['answers'],
        body: askBodySchema,
        response: { 200: { $ref: 'Answer#' }, ...errorResponses },
      },
      preHandler: deps.limit,
    },
    async (request) => {
      if (!deps.view.ready()) throw notReady();
      return deps.answers.answer({
        text: request.body.question,
        platform: 'http',
        // The web page and API clients talk to the bot one to one.
        channelKind: 'direct',
        requestId: request.id,
        ...(request.body.locale ? { locale: request.body.locale } : {}),
      });
    },
  );
}
