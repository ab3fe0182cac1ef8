// The lru-cache behind the answer cache port: bounded by entries and by age, and counting lookups.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/types.js';
import { createLruAnswerCache } from '../../src/runtime/lru-answer-cache.js';

const answer = (entry: string) => ({ entry }) as unknown as Answer;

describe('createLruAnswerCache', () => {
  it('keeps at most maxEntries answers, dropping the least recently asked', () => {
    const cache = createLruAnswerCache({ maxEntries: 2, ttlSeconds: 300 });
    cache.set('a', answer('a'));
    cache.set('b', answer('b'));
    cache.get('a'); // a was asked again: b is now the oldest
    cache.set('c', answer('c'));
    expect(cache.get('a')?.entry).toBe('a');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')?.entry).toBe('c');
  });

  it('forgets an answer once its TTL has passed since it was stored, however often it is asked', () => {
    let now = 1_000_000;
    const cache = createLruAnswerCache({ maxEntries: 10, ttlSeconds: 300, now: () => now });
    cache.set('a', answer('a'));
    now += 299_000;
    expect(cache.get('a')?.entry).toBe('a');
    now += 2_000;
    expect(cache.get('a')).toBeUndefined();
  });

  it('empties on clear, and reports each lookup as a hit or a miss', () => {
    const lookups: boolean[] = [];
    const cache = createLruAnswerCache({
      maxEntries: 10,
      ttlSeconds: 300,
      onLookup: (hit) => lookups.push(hit),
    });
    cache.get('a');
    cache.set('a', answer('a'));
    cache.get('a');
    cache.clear();
    cache.get('a');
    expect(lookups).toEqual([false, true, false]);
  });
});
