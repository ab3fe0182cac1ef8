// Per-client rate limit for the API routes, with one exception that safety demands: a question
// that triages as an emergency or crisis is answered even when its sender is over the limit.
// The body is classified only for over-limit requests, so normal traffic pays nothing extra.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, preValidationAsyncHookHandler } from 'fastify';
import type { TriageResult } from '../../core/types.js';
import type { Metrics } from '../../runtime/metrics.js';
import { HttpProblem, routeLabel } from './errors.js';

export interface RateLimitSettings {
  max: number;
  windowSeconds: number;
}

export interface RateLimitDeps {
  settings: RateLimitSettings;
  metrics: Metrics;
  /** Red-flag check of an over-limit request; null when the knowledge is not loaded. */
  redFlag: (text: string) => TriageResult | null;
}

function questionOf(request: FastifyRequest): string | null {
  const body = request.body as { question?: unknown } | undefined;
  return typeof body?.question === 'string' ? body.question : null;
}

/** Registers the plugin and returns a preValidation hook for routes that should count against the limit. */
export async function registerRateLimit(
  app: FastifyInstance,
  deps: RateLimitDeps,
): Promise<preValidationAsyncHookHandler> {
  // global: false: health checks, metrics and the page are never limited.
  await app.register(rateLimit, { global: false });
  const check = app.createRateLimit({
    max: deps.settings.max,
    timeWindow: deps.settings.windowSeconds * 1000,
  });

  return async function limitPerClient(request: FastifyRequest, reply: FastifyReply) {
    const result = await check(request);
    if (result.isAllowed) return;
    reply.header('x-ratelimit-limit', result.max);
    reply.header('x-ratelimit-remaining', result.remaining);
    reply.header('x-ratelimit-reset', result.ttlInSeconds);
    if (!result.isExceeded) return;

    const question = questionOf(request);
    const red = question === null ? null : deps.redFlag(question);
    if (red && (red.level === 'emergency' || red.level === 'crisis')) {
      deps.metrics.redFlagsPastRateLimit.inc({ level: red.level });
      return; // never refuse someone who may be in danger
    }
    deps.metrics.rateLimited.inc({ route: routeLabel(request) });
    reply.header('retry-after', result.ttlInSeconds);
    throw new HttpProblem(
      429,
      'rate-limited',
      `Too many questions from this address: at most ${deps.settings.max} every ${deps.settings.windowSeconds} seconds. Wait ${result.ttlInSeconds} seconds and ask again.`,
      `client over RATE_LIMIT_MAX (${deps.settings.max}) per RATE_LIMIT_WINDOW_SECONDS (${deps.settings.windowSeconds})`,
      red,
    );
  };
}
