// Child process of bench/http.ts: the real /v1/ask app and a bare fastify app, side by side in
// one process so both share the same CPU budget. Prints their ports as one JSON line.
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { buildHttpApp } from '../src/adapters/http/build-http-app.js';
import { createAnswerService } from '../src/core/answer-service.js';
import { createLiveKnowledge } from '../src/core/live-knowledge/live-knowledge.js';
import { silentLogger } from '../src/core/logger.js';
import { createMetrics, instrumentAnswers } from '../src/runtime/metrics.js';

const kb = process.argv[2];
if (!kb) throw new Error('usage: http-servers.ts KNOWLEDGE_DIR');

const knowledge = createLiveKnowledge({ dir: kb, logger: silentLogger });
const loaded = await knowledge.reload();
if (!loaded.ok) {
  process.stderr.write(`knowledge in ${kb} did not load: ${loaded.problems.map((p) => p.code).join(', ')}\n`);
  process.exit(1);
}
const metrics = createMetrics();
const answers = instrumentAnswers(
  createAnswerService({ snapshot: () => knowledge.current(), logger: silentLogger }),
  metrics,
);
// The production app: helmet, rate limit (set high: one client sends everything), schemas, metrics.
const vetted = await buildHttpApp({
  answers,
  knowledge,
  logger: silentLogger,
  metrics,
  settings: { rateLimitMax: 1_000_000_000, rateLimitWindowSeconds: 60, bodyLimitBytes: 16_384 },
});
await vetted.listen({ port: 0, host: '127.0.0.1' });

// The baseline: fastify with its JSON body parser and a route that returns a constant.
const bare = Fastify({ logger: false });
bare.post('/bare', async () => ({ ok: true }));
await bare.listen({ port: 0, host: '127.0.0.1' });

process.stdout.write(
  `${JSON.stringify({
    vetted: (vetted.server.address() as AddressInfo).port,
    bare: (bare.server.address() as AddressInfo).port,
    entries: knowledge.status().entries,
  })}\n`,
);

// Exit normally on a signal so `node --cpu-prof` can write its profile.
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => process.exit(0));
