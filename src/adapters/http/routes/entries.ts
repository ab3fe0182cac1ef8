// GET /v1/entries/:id: the answer for one entry, for clarify choices and "see also" links.

import type { FastifyInstance, preValidationAsyncHookHandler } from 'fastify';
import type { AnswerService } from '../../../core/answer-service.js';
import type { Answer } from '../../../core/types.js';
import { noteAnswerLogged } from '../access-log.js';
import type { KnowledgeView } from '../build-http-app.js';
import { HttpProblem } from '../errors.js';
import { entryParamsSchema, entryQuerySchema, errorResponses } from '../schemas.js';
import { notReady } from './ask.js';

export interface EntryRouteDeps {
  answers: AnswerService;
  view: KnowledgeView;
  limit: preValidationAsyncHookHandler;
}

export function registerEntryRoute(app: FastifyInstance, deps: EntryRouteDeps): void {
  app.get<{ Params: { id: string }; Querystring: { locale?: string }; Reply: Answer }>(
    '/v1/entries/:id',
    {
      schema: {
        summary: 'Answer with one entry',
        description: 'What a clarify choice or a "see also" link fetches: the full answer for that entry id.',
        tags: ['answers'],
        params: entryParamsSchema,
        querystring: entryQuerySchema,
        response: { 200: { $ref: 'Answer#' }, 404: { $ref: 'Error#' }, ...errorResponses },
      },
      // Before validation, so malformed ids count against the limit too.
      preValidation: deps.limit,
    },
    async (request) => {
      if (!deps.view.ready()) throw notReady();
      const answer = await deps.answers.answerEntry(request.params.id, {
        platform: 'http',
        channelKind: 'direct',
        requestId: request.id,
        ...(request.query.locale ? { locale: request.query.locale } : {}),
      });
      if (!answer) {
        throw new HttpProblem(
          404,
          'unknown-entry',
          `There is no entry "${request.params.id}" in the knowledge being served. Use an entryId from an answer's choices or related list.`,
        );
      }
      noteAnswerLogged(request);
      return answer;
    },
  );
}
