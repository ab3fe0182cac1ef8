import Fastify from 'fastify';
import { buildHttpApp } from '../src/adapters/http/build-http-app.js';
import { createAnswerService } from '../src/core/answer-service.js';
import { createLiveKnowledge } from '../src/core/live-knowledge/live-knowledge.js';
import { silentLogger } from '../src/core/logger.js';
import { createMetrics, instrumentAnswers } from '../src/runtime/metrics.js';
const knowledge = createLiveKnowledge({ dir: process.argv[2]!, logger: silentLogger });
await knowledge.reload();
const metrics = createMetrics();
const answers = instrumentAnswers(createAnswerService({ snapshot: () => knowledge.current(), logger: silentLogger }), metrics);
const app = await buildHttpApp({ answers, knowledge, logger: silentLogger, metrics, settings: { rateLimitMax: 1e9, rateLimitWindowSeconds: 60, bodyLimitBytes: 16384 } });
const bare = Fastify(); bare.post('/bare', async () => ({ ok: true })); await bare.ready();
const payload = JSON.stringify({ question: 'what helps a sore throat' });
async function rate(f: () => Promise<unknown>) { const t = performance.now(); let n = 0; while (performance.now() - t < 1500) { await f(); n++; } return Math.round(n / 1.5); }
for (let i = 0; i < 1; i++) {
  console.log('ask', await rate(() => app.inject({ method: 'POST', url: '/v1/ask', payload, headers: { 'content-type': 'application/json' } })));
  
  
}
