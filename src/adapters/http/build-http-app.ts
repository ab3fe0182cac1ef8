// Builds the fastify app for `vetted serve`: API, docs, metrics and the web chat page.
// It never listens: src/main.ts does, and tests call app.inject().
import helmet from '@fastify/helmet';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { AnswerService } from '../../core/answer-service.js';
import { DEFAULT_SETTINGS } from '../../core/knowledge/default-settings.js';
import type { LiveKnowledge } from '../../core/live-knowledge/live-knowledge.js';
import type { Logger } from '../../core/logger.js';
import type { KnowledgeSettings, TriageResult } from '../../core/types.js';
import type { Metrics } from '../../runtime/metrics.js';
import { installAccessLog } from './access-log.js';
import { registerDocsPage, registerOpenApi } from './api-docs.js';
import { setApiSecurityHeaders } from './api-headers.js';
import { installErrorHandling } from './error-handling.js';
import { HOW_TO_ASK } from './errors.js';
import { registerRateLimit } from './rate-limit.js';
import { registerAskRoute } from './routes/ask.js';
import { registerEntryRoute } from './routes/entries.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerKnowledgeStatusRoute } from './routes/knowledge-status.js';
import { registerMethodNotAllowed } from './routes/method-not-allowed.js';
import { registerMetricsRoute } from './routes/metrics.js';
import { registerPageRoutes } from './routes/page.js';
import { answerSchema, errorSchema } from './schemas.js';

export interface HttpSettings {
  rateLimitMax: number;
  rateLimitWindowSeconds: number;
  bodyLimitBytes: number;
  /** Take the client address from X-Forwarded-For (behind a reverse proxy). */
  trustProxy?: boolean;
}

export interface HttpAppDeps {
  answers: AnswerService;
  knowledge: Pick<LiveKnowledge, 'ready' | 'status' | 'current'>;
  logger: Logger;
  metrics: Metrics;
  settings: HttpSettings;
  /** pino instance for fastify's own messages (listening, warnings); requests are logged via `logger`. */
  requestLogger?: FastifyBaseLogger;
}

/** What every route needs to know about the knowledge without reaching into it. */
export interface KnowledgeView {
  ready(): boolean;
  settings(): KnowledgeSettings;
  redFlag(text: string): TriageResult | null;
}

function knowledgeView(knowledge: HttpAppDeps['knowledge']): KnowledgeView {
  return {
    ready: () => knowledge.ready(),
    settings: () => (knowledge.ready() ? knowledge.current().knowledge.settings : DEFAULT_SETTINGS),
    redFlag: (text) => (knowledge.ready() ? knowledge.current().triage.classify(text) : null),
  };
}

/** Requests still running at shutdown end their connection, so close() is not held by keep-alive. */
function closeKeepAliveWhenClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  // Callback style: an async hook would cost a promise and a microtask on every request.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
}

export async function buildHttpApp(deps: HttpAppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: deps.settings.bodyLimitBytes,
    trustProxy: deps.settings.trustProxy ?? false,
    ...(deps.requestLogger ? { loggerInstance: deps.requestLogger } : { logger: false }),
    // The access line is written by our onResponse hook through the Logger port instead:
    // one line per request, with the route pattern, never the URL.
    logController: new LogController({ disableRequestLogging: true }),
    // Keep-alive connections that sit idle must not hold up a graceful shutdown.
    forceCloseConnections: 'idle',
    // A number where text belongs is a client bug worth reporting, not something to guess at.
    ajv: { customOptions: { coerceTypes: false } },
  });
  // Only JSON bodies: a text/plain question gets a clear 415 instead of a confusing schema error.
  app.removeContentTypeParser('text/plain');
  closeKeepAliveWhenClosing(app);
  app.addSchema(errorSchema);
  app.addSchema(answerSchema);

  const view = knowledgeView(deps.knowledge);
  installErrorHandling(app, { view, logger: deps.logger, settings: deps.settings });
  installAccessLog(app, { logger: deps.logger, metrics: deps.metrics });

  await registerOpenApi(app);
  const limit = await registerRateLimit(app, {
    settings: { max: deps.settings.rateLimitMax, windowSeconds: deps.settings.rateLimitWindowSeconds },
    metrics: deps.metrics,
    redFlag: view.redFlag,
  });

  // The JSON routes, with a fixed set of API security headers.
  await app.register(async (api) => {
    api.addHook('onRequest', setApiSecurityHeaders);
    registerHealthRoutes(api, { knowledge: deps.knowledge });
    registerMetricsRoute(api, { metrics: deps.metrics });
    registerKnowledgeStatusRoute(api, { knowledge: deps.knowledge });
    registerAskRoute(api, { answers: deps.answers, view, limit });
    registerEntryRoute(api, { answers: deps.answers, view, limit });
    registerMethodNotAllowed(api, '/v1/ask', ['POST'], HOW_TO_ASK);
    registerMethodNotAllowed(api, '/v1/entries/:id', ['GET', 'HEAD'], 'See the API at /docs.');
  });
  // The chat page and /docs in their own scope with helmet, which rebuilds its middleware on every
  // request: kept off the JSON routes (about a sixth of /v1/ask's throughput in an in-process test).
  await app.register(async (pages) => {
    await pages.register(helmet, {
      contentSecurityPolicy: {
        // Plain-HTTP deployments on a LAN must still load the page's own script and styles.
        directives: { upgradeInsecureRequests: null },
      },
    });
    await registerDocsPage(pages);
    await registerPageRoutes(pages);
  });
  return app;
}
