// Liveness (the process answers) and readiness (knowledge is loaded, so questions can be answered).
import type { FastifyInstance } from 'fastify';
import type { LiveKnowledge } from '../../../core/live-knowledge/live-knowledge.js';

export function registerHealthRoutes(
  app: FastifyInstance,
  deps: { knowledge: Pick<LiveKnowledge, 'ready' | 'status'> },
): void {
  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Liveness',
        tags: ['operations'],
        response: { 200: { type: 'object', properties: { status: { type: 'string' } } } },
      },
    },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        summary: 'Readiness: 200 once knowledge is loaded, 503 before',
        tags: ['operations'],
        response: {
          '2xx': {
            type: 'object',
            properties: { status: { type: 'string' }, knowledgeVersion: { type: ['string', 'null'] } },
          },
          503: { type: 'object', properties: { status: { type: 'string' } } },
        },
      },
    },
    async (_request, reply) => {
      const status = deps.knowledge.status();
      if (!status.ready) return reply.code(503).header('retry-after', 5).send({ status: 'loading' });
      return { status: 'ready', knowledgeVersion: status.version };
    },
  );
}
