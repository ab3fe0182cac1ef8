// Prometheus metrics (prom-client) on a registry of our own, passed in where needed: no global
// state, so tests can build many apps. Labels are fixed vocabularies (route patterns, outcomes,
// triage levels): never question text.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { AnswerService } from '../core/answer-service.js';
import type { FeedbackStore } from '../core/feedback.js';
import type { Answer, Platform } from '../core/types.js';

export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status_code'>;
  httpDuration: Histogram<'method' | 'route'>;
  answers: Counter<'platform' | 'outcome'>;
  triage: Counter<'platform' | 'level'>;
  answerDuration: Histogram<'platform' | 'outcome'>;
  answerCache: Counter<'result'>;
  rateLimited: Counter<'route'>;
  redFlagsPastRateLimit: Counter<'level'>;
  knowledgeReloads: Counter<'result'>;
  knowledgeEntries: Gauge;
  feedback: Counter<'platform' | 'vote'>;
  platformConnected: Gauge<'platform'>;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'vetted_' });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({
      name: 'vetted_http_requests_total',
      help: 'HTTP requests by route pattern and status code',
      labelNames: ['method', 'route', 'status_code'],
      registers,
    }),
    httpDuration: new Histogram({
      name: 'vetted_http_request_duration_seconds',
      help: 'HTTP request duration by route pattern',
      labelNames: ['method', 'route'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    answers: new Counter({
      name: 'vetted_answers_total',
      help: 'Answers given, by platform and outcome (answer, clarify, no-answer)',
      labelNames: ['platform', 'outcome'],
      registers,
    }),
    triage: new Counter({
      name: 'vetted_triage_total',
      help: 'Triage level of each answered question (none when no red flag matched)',
      labelNames: ['platform', 'level'],
      registers,
    }),
    answerDuration: new Histogram({
      name: 'vetted_answer_duration_seconds',
      help: 'Time to triage, retrieve and compose one answer',
      labelNames: ['platform', 'outcome'],
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1],
      registers,
    }),
    answerCache: new Counter({
      name: 'vetted_answer_cache_total',
      help: 'Answer cache lookups by result (hit, miss); none when the cache is off',
      labelNames: ['result'],
      registers,
    }),
    rateLimited: new Counter({
      name: 'vetted_rate_limited_total',
      help: 'Requests refused for going over the per-client rate limit',
      labelNames: ['route'],
      registers,
    }),
    redFlagsPastRateLimit: new Counter({
      name: 'vetted_red_flags_past_rate_limit_total',
      help: 'Emergency or crisis questions answered although the client was over its rate limit',
      labelNames: ['level'],
      registers,
    }),
    knowledgeReloads: new Counter({
      name: 'vetted_knowledge_reloads_total',
      help: 'Knowledge reloads by result (ok, rejected)',
      labelNames: ['result'],
      registers,
    }),
    knowledgeEntries: new Gauge({
      name: 'vetted_knowledge_entries',
      help: 'Entries in the knowledge being served',
      registers,
    }),
    feedback: new Counter({
      name: 'vetted_feedback_total',
      help: 'Helpful / Not helpful votes saved, by platform and vote (helpful, not_helpful)',
      labelNames: ['platform', 'vote'],
      registers,
    }),
    platformConnected: new Gauge({
      name: 'vetted_platform_connected',
      help: '1 while a configured chat platform (slack, discord) is connected, 0 while vetted retries',
      labelNames: ['platform'],
      registers,
    }),
  };
}

function record(metrics: Metrics, platform: Platform, answer: Answer, seconds: number): void {
  metrics.answers.inc({ platform, outcome: answer.outcome });
  metrics.triage.inc({ platform, level: answer.triage.level ?? 'none' });
  metrics.answerDuration.observe({ platform, outcome: answer.outcome }, seconds);
}

/** Wraps the answer service so every platform's answers are counted the same way. */
export function instrumentAnswers(
  answers: AnswerService,
  metrics: Metrics,
  now: () => number = () => performance.now(),
): AnswerService {
  return {
    async answer(question) {
      const startedAt = now();
      const answer = await answers.answer(question);
      record(metrics, question.platform, answer, (now() - startedAt) / 1000);
      return answer;
    },
    async answerEntry(entryId, question) {
      const startedAt = now();
      const answer = await answers.answerEntry(entryId, question);
      if (answer) record(metrics, question.platform, answer, (now() - startedAt) / 1000);
      return answer;
    },
    explain: (text) => answers.explain(text),
  };
}

/** Wraps the feedback store so each saved vote is counted (a vote that failed to save is not). */
export function instrumentFeedback(store: FeedbackStore, metrics: Metrics): FeedbackStore {
  return {
    async record(feedback) {
      await store.record(feedback);
      metrics.feedback.inc({
        platform: feedback.platform,
        vote: feedback.helpful ? 'helpful' : 'not_helpful',
      });
    },
    list: () => store.list(),
  };
}
