// GET /metrics: Prometheus text format from our own registry.
import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../../../runtime/metrics.js';

export function registerMetricsRoute(app: FastifyInstance, deps: { metrics: Metrics }): void {
  app.get(
    '/metrics',
    { schema: { summary: 'Prometheus metrics', tags: ['operations'] } },
    async (_request, reply) => {
      const text = await deps.metrics.registry.metrics();
      return reply.type(deps.metrics.registry.contentType).send(text);
    },
  );
}
