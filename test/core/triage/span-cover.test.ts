// "Is this match part of a `not:` phrase?": overlap of a span with any of a set of spans.
import { describe, expect, it } from 'vitest';
import { SpanCover } from '../../../src/core/triage/span-cover.js';

describe('SpanCover', () => {
  it('finds a span sharing at least one word, and not one that only touches', () => {
    const cover = new SpanCover([
      { start: 10, end: 12 },
      { start: 2, end: 4 },
    ]);
    expect(cover.overlaps(3, 5)).toBe(true);
    expect(cover.overlaps(0, 3)).toBe(true);
    expect(cover.overlaps(11, 20)).toBe(true);
    expect(cover.overlaps(4, 10)).toBe(false); // ends where the next begins
    expect(cover.overlaps(0, 2)).toBe(false);
    expect(cover.overlaps(12, 13)).toBe(false);
  });

  it('sees a long span that an earlier-starting one hides behind a short one', () => {
    const cover = new SpanCover([
      { start: 0, end: 20 },
      { start: 5, end: 6 },
    ]);
    expect(cover.overlaps(15, 16)).toBe(true);
    expect(cover.overlaps(20, 25)).toBe(false);
  });

  it('agrees with comparing every pair of spans', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: next(6) }, () => {
        const start = next(30);
        return { start, end: start + 1 + next(5) };
      });
      const cover = new SpanCover(spans);
      const start = next(30);
      const end = start + 1 + next(5);
      expect(cover.overlaps(start, end)).toBe(spans.some((s) => s.start < end && start < s.end));
    }
  });

  it('finds nothing without spans', () => {
    expect(new SpanCover([]).overlaps(0, 100)).toBe(false);
  });
});
