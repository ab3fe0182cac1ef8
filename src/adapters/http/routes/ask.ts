// POST /v1/ask: one question in, the composed Answer out (same data as `vetted ask --json`).

import type { FastifyInstance, preValidationAsyncHookHandler } from 'fastify';
import type { AnswerService } from '../../../core/answer-service.js';
import type { Answer } from '../../../core/types.js';
import { noteAnswerLogged } from '../access-log.js';
import type { KnowledgeView } from '../build-http-app.js';
import { HttpProblem } from '../errors.js';
import { askBodySchema, errorResponses } from '../schemas.js';

export interface AskRouteDeps {
  answers: AnswerService;
  view: KnowledgeView;
  limit: preValidationAsyncHookHandler;
}

export function notReady(): HttpProblem {
  return new HttpProblem(
    503,
    'not-ready',
    'The knowledge is still loading. Try again in a few seconds (GET /readyz says when it is ready).',
  );
}

/**
 * The JSON bytes of each cached answer, made once by the route's own serializer: a cached answer
 * is frozen and shared by every request that asks the same question, so its bytes never change,
 * and a hit skips serialising, measuring and encoding 3-4 KB. Entries go when the cache drops
 * the answer.
 */
const serialised = new WeakMap<Answer, Buffer>();

export function registerAskRoute(app: FastifyInstance, deps: AskRouteDeps): void {
  app.post<{ Body: { question: string; locale?: string }; Reply: Answer | Buffer }>(
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
      // Before validation, so refused questions (too long, bad locale) count against the limit too:
      // each is still triaged, and a 16 KB text costs tens of milliseconds to triage.
      preValidation: deps.limit,
    },
    async (request, reply) => {
      if (!deps.view.ready()) throw notReady();
      const answer = await deps.answers.answer({
        text: request.body.question,
        platform: 'http',
        // The web page and API clients talk to the bot one to one.
        channelKind: 'direct',
        requestId: request.id,
        ...(request.body.locale ? { locale: request.body.locale } : {}),
      });
      noteAnswerLogged(request);
      // Not frozen: not cached, so nothing to reuse; fastify serialises it as usual.
      if (!Object.isFrozen(answer)) return answer;
      let json = serialised.get(answer);
      if (json === undefined) {
        // The route's compiled 200 serializer, the one fastify uses for an object: same bytes.
        json = Buffer.from(
          reply.serializeInput(answer as unknown as Record<string, unknown>, '200') as string,
        );
        serialised.set(answer, json);
      }
      // A Buffer is sent as it is, with the content type fastify gives an object's JSON.
      reply.type('application/json; charset=utf-8');
      return json;
    },
  );
}
