// GET /v1/knowledge/status: which knowledge is served, and the problems of a rejected reload.

import type { FastifyInstance } from 'fastify';
import type { LiveKnowledge } from '../../../core/live-knowledge/live-knowledge.js';
import { knowledgeStatusSchema } from '../schemas.js';

export function registerKnowledgeStatusRoute(
  app: FastifyInstance,
  deps: { knowledge: Pick<LiveKnowledge, 'status'> },
): void {
  app.get(
    '/v1/knowledge/status',
    {
      schema: {
        summary: 'Knowledge being served, and problems on disk',
        description:
          'While `servingLastGood` is true, an edit on disk was rejected: `lastReload.problems` says which file, which line and how to fix it.',
        tags: ['operations'],
        response: { 200: knowledgeStatusSchema },
      },
    },
    async () => deps.knowledge.status(),
  );
}
