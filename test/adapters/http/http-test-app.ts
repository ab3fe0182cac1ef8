// Builds the HTTP app the way src/main.ts does, over the small fixture knowledge, for app.inject().
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildHttpApp, type HttpSettings } from '../../../src/adapters/http/build-http-app.js';
import {
  type AnswerService,
  buildSnapshot,
  createAnswerService,
  type KnowledgeSnapshot,
} from '../../../src/core/answer-service.js';
import { createLiveKnowledge, type LiveKnowledge } from '../../../src/core/live-knowledge/live-knowledge.js';
import type { LogFields, Logger } from '../../../src/core/logger.js';
import type { Knowledge, TriageResult } from '../../../src/core/types.js';
import { createLruAnswerCache } from '../../../src/runtime/lru-answer-cache.js';
import { createMetrics, instrumentAnswers, type Metrics } from '../../../src/runtime/metrics.js';

export const FIXTURE_KB = fileURLToPath(new URL('../../fixtures/http-knowledge', import.meta.url));

export interface CapturedLine {
  level: 'info' | 'warn' | 'error';
  fields: LogFields;
  message?: string;
}

export function capturingLogger(): Logger & { lines: CapturedLine[] } {
  const lines: CapturedLine[] = [];
  const at =
    (level: CapturedLine['level']) =>
    (fields: LogFields, message?: string): void => {
      lines.push({ level, fields, ...(message !== undefined ? { message } : {}) });
    };
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

/**
 * A stand-in red-flag rule for adapter tests, so they do not depend on the clinical rule set:
 * "crushing chest pain" is an emergency, "want to end my life" a crisis.
 */
export function fakeTriage(text: string): TriageResult | null {
  if (/crushing chest pain/i.test(text)) {
    return { level: 'emergency', rule: 'test-chest-pain', message: 'Call 911 now.' };
  }
  if (/end my life/i.test(text)) {
    return { level: 'crisis', rule: 'test-crisis', message: 'Call or text 988 now.' };
  }
  return null;
}

export function buildWithFakeTriage(knowledge: Knowledge): KnowledgeSnapshot {
  return { ...buildSnapshot(knowledge), triage: { classify: fakeTriage } };
}

export interface TestApp {
  app: FastifyInstance;
  knowledge: LiveKnowledge;
  answers: AnswerService;
  metrics: Metrics;
  logger: ReturnType<typeof capturingLogger>;
}

export interface TestAppOptions {
  settings?: Partial<HttpSettings>;
  /** Replace the answer service (e.g. one that throws). */
  answers?: (real: AnswerService) => AnswerService;
  /** Skip the first load, to see the app before knowledge is ready. */
  loaded?: boolean;
  /** 'real' runs the fixture's triage.yaml (a copy of the bundled rules); 'fake' uses fakeTriage. */
  triage?: 'fake' | 'real';
  /** The answer cache, on by default as in `vetted serve`; false runs every question through. */
  answerCache?: boolean;
}

export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const logger = capturingLogger();
  const metrics = createMetrics({ defaultMetrics: false });
  const knowledge = createLiveKnowledge({
    dir: FIXTURE_KB,
    logger,
    build: options.triage === 'real' ? buildSnapshot : buildWithFakeTriage,
  });
  if (options.loaded ?? true) {
    const outcome = await knowledge.reload();
    if (!outcome.ok) throw new Error(`fixture knowledge did not load: ${JSON.stringify(outcome.problems)}`);
  }
  const cache =
    (options.answerCache ?? true)
      ? createLruAnswerCache({
          maxEntries: 100,
          ttlSeconds: 300,
          onLookup: (hit) => metrics.answerCache.inc({ result: hit ? 'hit' : 'miss' }),
        })
      : undefined;
  const real = instrumentAnswers(
    createAnswerService({
      snapshot: () => knowledge.current(),
      logger,
      today: () => '2026-11-27',
      ...(cache ? { cache } : {}),
    }),
    metrics,
  );
  const answers = options.answers ? options.answers(real) : real;
  const app = await buildHttpApp({
    answers,
    knowledge,
    logger,
    metrics,
    settings: { rateLimitMax: 1000, rateLimitWindowSeconds: 60, bodyLimitBytes: 16_384, ...options.settings },
  });
  return { app, knowledge, answers, metrics, logger };
}

export function askJson(app: FastifyInstance, question: string, extra: Record<string, unknown> = {}) {
  return app.inject({ method: 'POST', url: '/v1/ask', payload: { question, ...extra } });
}
