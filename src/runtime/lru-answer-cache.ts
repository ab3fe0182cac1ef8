// The answer cache behind the core's AnswerCache port: lru-cache, bounded by entries and a TTL.
// Keys are hashes (src/core/answer-cache.ts), so it never holds what a person typed.
import { LRUCache } from 'lru-cache';
import type { AnswerCache } from '../core/answer-cache.js';
import type { Answer } from '../core/types.js';

export interface LruAnswerCacheOptions {
  /** Most answers kept; the least recently asked goes first (VETTED_ANSWER_CACHE_SIZE, at least 1). */
  maxEntries: number;
  /** How long an answer is kept after it was composed (VETTED_ANSWER_CACHE_TTL_SECONDS). */
  ttlSeconds: number;
  /** Told whether each lookup found an answer, for the hit-rate metric. */
  onLookup?: (hit: boolean) => void;
  /** Milliseconds clock for the TTL; tests pass their own. */
  now?: () => number;
}

export function createLruAnswerCache(options: LruAnswerCacheOptions): AnswerCache {
  // The TTL counts from when the answer was composed, not from its last hit: a popular question
  // is still recomputed every TTL.
  const cache = new LRUCache<string, Answer>({
    max: options.maxEntries,
    ttl: options.ttlSeconds * 1000,
    // An injected clock is read on every lookup (lru-cache otherwise reuses a reading for 1 ms).
    ...(options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {}),
  });
  const onLookup = options.onLookup;
  return {
    get(key) {
      const answer = cache.get(key);
      onLookup?.(answer !== undefined);
      return answer;
    },
    set: (key, answer) => {
      cache.set(key, answer);
    },
    clear: () => cache.clear(),
  };
}
