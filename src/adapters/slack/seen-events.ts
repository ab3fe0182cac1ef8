// Slack retries an event it thinks was not delivered (and Bolt does not de-duplicate): remember
// event ids for a while so each question is answered once. Bounded in time and in size.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../core/logger.js';

export interface SeenEvents {
  /** True the first time an id is seen within the time-to-live. */
  firstTime(id: string): boolean;
}

export interface SeenEventsOptions {
  /** Slack retries over about five minutes; keep ids a little longer. */
  ttlMs?: number;
  maxSize?: number;
  now?: () => number;
}

export function createSeenEvents(options: SeenEventsOptions = {}): SeenEvents {
  const ttlMs = options.ttlMs ?? 15 * 60_000;
  const maxSize = options.maxSize ?? 10_000;
  const now = options.now ?? Date.now;
  // A Map keeps insertion order: the oldest ids are first, so expiry and eviction look at the front only.
  const expiries = new Map<string, number>();

  function forgetOld(at: number) {
    for (const [id, expiresAt] of expiries) {
      if (expiresAt > at && expiries.size < maxSize) break;
      expiries.delete(id);
    }
  }

  return {
    firstTime(id) {
      const at = now();
      forgetOld(at);
      if (expiries.has(id)) return false;
      expiries.set(id, at + ttlMs);
      return true;
    },
  };
}

/** Global Bolt middleware: a repeated `event_id` stops here (Bolt has already acknowledged it). */
export function skipRepeatedEvents(seen: SeenEvents, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !seen.firstTime(eventId)) {
      logger.info({ event: 'slack-repeated-event', requestId: eventId, platform: 'slack' });
      return;
    }
    await next();
  };
}
