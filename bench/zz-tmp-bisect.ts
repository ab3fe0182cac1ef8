import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildHttpApp } from '../src/adapters/http/build-http-app.js';
import { registerRateLimit } from '../src/adapters/http/rate-limit.js';
import { answerSchema, askBodySchema, errorSchema } from '../src/adapters/http/schemas.js';
import { createAnswerService } from '../src/core/answer-service.js';
import { createLiveKnowledge } from '../src/core/live-knowledge/live-knowledge.js';
import { silentLogger } from '../src/core/logger.js';
import { createMetrics, instrumentAnswers } from '../src/runtime/metrics.js';
const knowledge = createLiveKnowledge({ dir: process.argv[2]!, logger: silentLogger });
await knowledge.reload();
const metrics = createMetrics();
const answers = instrumentAnswers(createAnswerService({ snapshot: () => knowledge.current(), logger: silentLogger }), metrics);
async function variant(level: number): Promise<FastifyInstance> {
  const app = Fastify();
  app.addSchema(errorSchema); app.addSchema(answerSchema);
  if (level >= 4) await app.register(helmet);
  let limit: any = undefined;
  if (level >= 5) limit = await registerRateLimit(app, { settings: { max: 1e9, windowSeconds: 60 }, metrics, redFlag: () => null });
  if (level >= 6) app.addHook('onResponse', async (request, reply) => { metrics.httpRequests.inc({ method: request.method, route: request.routeOptions.url ?? 'x', status_code: String(reply.statusCode) }); metrics.httpDuration.observe({ method: request.method, route: 'x' }, reply.elapsedTime / 1000); });
  const schema: any = {};
  if (level >= 2) schema.response = { 200: { $ref: 'Answer#' } };
  if (level >= 3) schema.body = askBodySchema;
  app.post('/v1/ask', { schema, ...(limit ? { preHandler: limit } : {}) }, async (req: any) => answers.answer({ text: req.body.question, platform: 'http' }));
  await app.ready();
  return app;
}
const full = await buildHttpApp({ answers, knowledge, logger: silentLogger, metrics, settings: { rateLimitMax: 1e9, rateLimitWindowSeconds: 60, bodyLimitBytes: 16384 } });
const apps = [await variant(1), await variant(2), await variant(3), await variant(4), await variant(5), await variant(6), full];
const payload = JSON.stringify({ question: 'what helps a sore throat' });
async function rate(app: FastifyInstance) { const t = performance.now(); let n = 0; while (performance.now() - t < 700) { await app.inject({ method: 'POST', url: '/v1/ask', payload, headers: { 'content-type': 'application/json' } }); n++; } return Math.round(n / 0.7); }
for (let round = 0; round < 6; round++) { const out = []; for (const a of apps) out.push(await rate(a)); console.log(out.join('\t')); }
