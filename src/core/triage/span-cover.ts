// The words a set of spans covers, for "does this match overlap any `not:` phrase?" in
// O(log n) instead of comparing every match with every `not:` match (quadratic when a long
// message repeats a word).
import type { Span } from './phrase.js';

export class SpanCover {
  /** Span starts, ascending. */
  private readonly starts: number[];
  /** `reach[i]`: the furthest end of the spans up to i (in start order). */
  private readonly reach: number[];

  constructor(spans: Iterable<Span>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((span) => span.start);
    this.reach = [];
    let furthest = Number.NEGATIVE_INFINITY;
    for (const span of sorted) {
      furthest = Math.max(furthest, span.end);
      this.reach.push(furthest);
    }
  }

  /** Whether some span shares a word with [start, end): one starts before `end` and ends after `start`. */
  overlaps(start: number, end: number): boolean {
    // Count the spans starting before `end` (binary search).
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.starts[middle] as number) < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (this.reach[low - 1] as number) > start;
  }
}
