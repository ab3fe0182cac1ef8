// Composition root: config -> knowledge -> answer service -> HTTP app and enabled adapters.
// Everything is built here and passed in; nothing else creates loggers, registries or servers.
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { PlatformAdapter } from './adapters/adapter.js';
import { createDiscordAdapter } from './adapters/discord/index.js';
import { buildHttpApp } from './adapters/http/build-http-app.js';
import { createSlackAdapter } from './adapters/slack/index.js';
import { type Config, FEEDBACK_IN_MEMORY } from './config.js';
import { createAnswerService } from './core/answer-service.js';
import { createInMemoryFeedbackStore, type FeedbackStore, withKnowledgeVersion } from './core/feedback.js';
import { createLiveKnowledge, type LiveKnowledge } from './core/live-knowledge/live-knowledge.js';
import type { Problem } from './core/types.js';
import { FeedbackDbError } from './runtime/feedback-db.js';
import { type KnowledgeWatcher, watchKnowledge } from './runtime/knowledge-watcher.js';
import { createLogger, type VettedLogger } from './runtime/logger.js';
import { createLruAnswerCache } from './runtime/lru-answer-cache.js';
import { createMetrics, instrumentAnswers, instrumentFeedback, type Metrics } from './runtime/metrics.js';
import { openSqliteFeedbackStore, type SqliteFeedbackStore } from './runtime/sqlite-feedback-store.js';
import { openUnanswered, type UnansweredRecorder } from './runtime/unanswered-setup.js';

/** How long in-flight requests get to finish on shutdown before their connections are cut. */
const CLOSE_GRACE_MS = 8_000;

export interface RunningVetted {
  /** Where a browser can reach the chat page. */
  url: string;
  app: FastifyInstance;
  knowledge: LiveKnowledge;
  adapters: PlatformAdapter[];
  /** Where votes are saved: an absolute file path, or null when they are kept in memory. */
  feedbackDb: string | null;
  /** Stops accepting work, lets in-flight requests finish, then releases everything. */
  close(): Promise<void>;
}

export type StartResult =
  | { ok: true; running: RunningVetted }
  | { ok: false; stage: 'knowledge'; problems: Problem[] }
  | { ok: false; stage: 'feedback'; message: string }
  | { ok: false; stage: 'adapter'; adapter: string; message: string };

export interface StartDeps {
  logger?: VettedLogger;
  /** A platform connection failed for good (e.g. Discord rejected the token): the caller shuts down. */
  onFatal?: (message: string) => void;
}

/** A URL a person can open: a wildcard bind address is reached through localhost. */
function browsableUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

function countReloads(knowledge: LiveKnowledge, metrics: Metrics): () => Promise<void> {
  return async () => {
    const outcome = await knowledge.reload();
    metrics.knowledgeReloads.inc({ result: outcome.ok ? 'ok' : 'rejected' });
    metrics.knowledgeEntries.set(knowledge.status().entries);
  };
}

export async function startVetted(config: Config, deps: StartDeps = {}): Promise<StartResult> {
  const logger = deps.logger ?? createLogger({ level: config.LOG_LEVEL });
  const metrics = createMetrics();

  // First: a feedback path that cannot work is a setting to fix, reported before any other work.
  let database: SqliteFeedbackStore | null = null;
  if (config.VETTED_FEEDBACK_DB !== FEEDBACK_IN_MEMORY) {
    try {
      database = openSqliteFeedbackStore(config.VETTED_FEEDBACK_DB);
    } catch (error) {
      if (error instanceof FeedbackDbError) return { ok: false, stage: 'feedback', message: error.message };
      throw error;
    }
  }
  // The same file keeps questions that got no answer, redacted, for `vetted gaps`.
  let unanswered: UnansweredRecorder;
  try {
    unanswered = openUnanswered(config, { metrics, logger });
  } catch (error) {
    database?.close();
    if (error instanceof FeedbackDbError) return { ok: false, stage: 'feedback', message: error.message };
    throw error;
  }
  const knowledge = createLiveKnowledge({ dir: config.VETTED_KB_DIR, logger });
  const first = await knowledge.reload();
  if (!first.ok) {
    await unanswered.close();
    database?.close();
    return { ok: false, stage: 'knowledge', problems: first.problems };
  }
  metrics.knowledgeReloads.inc({ result: 'ok' });
  metrics.knowledgeEntries.set(knowledge.status().entries);

  // One cache for every platform: a question asked in Slack is a hit on the web page.
  const cache =
    config.VETTED_ANSWER_CACHE_SIZE > 0
      ? createLruAnswerCache({
          maxEntries: config.VETTED_ANSWER_CACHE_SIZE,
          ttlSeconds: config.VETTED_ANSWER_CACHE_TTL_SECONDS,
          onLookup: (hit) => metrics.answerCache.inc({ result: hit ? 'hit' : 'miss' }),
        })
      : undefined;
  const answers = instrumentAnswers(
    unanswered.wrap(
      createAnswerService({
        snapshot: () => knowledge.current(),
        logger,
        requireReview: config.VETTED_REQUIRE_REVIEW,
        ...(cache ? { cache } : {}),
      }),
    ),
    metrics,
  );
  const feedback: FeedbackStore = instrumentFeedback(
    withKnowledgeVersion(database ?? createInMemoryFeedbackStore(), () => knowledge.status().version),
    metrics,
  );

  const app = await buildHttpApp({
    answers,
    knowledge,
    logger,
    metrics,
    requestLogger: logger,
    settings: {
      rateLimitMax: config.RATE_LIMIT_MAX,
      rateLimitWindowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
      bodyLimitBytes: config.BODY_LIMIT_BYTES,
      trustProxy: config.TRUST_PROXY,
    },
  });

  const adapters = [
    // The live settings, so a failure reply still gives this knowledge's own emergency numbers.
    createSlackAdapter({
      config,
      answers,
      feedback,
      logger,
      guidance: () => knowledge.current().knowledge.settings,
      onConnection: (up) => metrics.platformConnected.set({ platform: 'slack' }, up ? 1 : 0),
      ...(deps.onFatal ? { onFatal: deps.onFatal } : {}),
    }),
    createDiscordAdapter({
      config,
      answers,
      feedback,
      logger,
      guidance: () => knowledge.current().knowledge.settings,
      onConnection: (up) => metrics.platformConnected.set({ platform: 'discord' }, up ? 1 : 0),
      ...(deps.onFatal ? { onFatal: deps.onFatal } : {}),
    }),
  ].filter((adapter): adapter is PlatformAdapter => adapter !== null);
  // 0 until connected: a platform that cannot be reached shows in /metrics (and is retried meanwhile).
  for (const adapter of adapters)
    if (adapter.connects) metrics.platformConnected.set({ platform: adapter.name }, 0);
  for (const adapter of adapters) if (adapter.routes) await adapter.routes(app);

  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    await unanswered.close();
    database?.close();
    throw error;
  }
  const port = (app.server.address() as AddressInfo).port;

  const started: PlatformAdapter[] = [];
  for (const adapter of adapters) {
    try {
      await adapter.start();
      started.push(adapter);
    } catch (error) {
      logger.error({ event: 'adapter-start-failed', errorCode: adapter.name });
      await Promise.allSettled(started.map((a) => a.stop()));
      await app.close();
      await unanswered.close();
      database?.close();
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, stage: 'adapter', adapter: adapter.name, message };
    }
  }

  const watcher: KnowledgeWatcher | null = config.VETTED_WATCH_KNOWLEDGE
    ? await watchKnowledge({ dir: config.VETTED_KB_DIR, onChange: countReloads(knowledge, metrics), logger })
    : null;

  logger.info({
    event: 'serving',
    count: knowledge.status().entries,
    knowledgeVersion: knowledge.status().version ?? '',
  });

  let closing: Promise<void> | null = null;
  return {
    ok: true,
    running: {
      url: browsableUrl(config.HOST, port),
      app,
      knowledge,
      adapters,
      feedbackDb: database ? resolve(config.VETTED_FEEDBACK_DB) : null,
      close() {
        closing ??= (async () => {
          await watcher?.close();
          // Adapters first: Slack's HTTP mode answers through this app, so it must still be up.
          await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
          // A request that never completes (a stalled client) must not hold the exit past 10 s.
          const cutoff = setTimeout(() => app.server.closeAllConnections(), CLOSE_GRACE_MS);
          cutoff.unref();
          await app.close();
          clearTimeout(cutoff);
          // Last: a feedback click or unanswered question still in flight above has been saved by now.
          await unanswered.close();
          database?.close();
          logger.info({ event: 'stopped' });
          logger.flush();
        })();
        return closing;
      },
    },
  };
}
