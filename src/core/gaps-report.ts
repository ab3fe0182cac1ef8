// The clinicians' view of unanswered questions: the same question asked many ways is one row,
// most asked first, with when, where and the entries that came nearest. Pure: rows in, text out.
import type { UnansweredQuestion } from './unanswered.js';

export type UnansweredRow = Omit<UnansweredQuestion, 'outcome'>;

export interface Gap {
  /** The wording asked most often in the group (already redacted). */
  text: string;
  /** How many times it was asked. */
  count: number;
  /** Of those, how many matched an urgent red flag. */
  urgent: number;
  /** YYYY-MM-DD */
  firstDay: string;
  lastDay: string;
  platforms: string[];
  /** Entries that came nearest, most often nearest first (up to 3). */
  nearestEntries: string[];
  /** The knowledge served the last time it was asked: after an entry is added, a new version. */
  lastKnowledgeVersion: string;
}

/** Lower case; apostrophes dropped ("what's" = "whats"); other punctuation and spaces folded. */
export function normaliseQuestion(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

export function groupGaps(rows: readonly UnansweredRow[]): Gap[] {
  const groups = new Map<string, UnansweredRow[]>();
  for (const row of rows) {
    const key = normaliseQuestion(row.text);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()]
    .map(toGap)
    .sort((a, b) => b.count - a.count || b.lastDay.localeCompare(a.lastDay) || a.text.localeCompare(b.text));
}

function toGap(rows: UnansweredRow[]): Gap {
  const days = rows.map((row) => row.day).sort();
  const newest = rows.reduce((a, b) => (b.day > a.day ? b : a));
  return {
    text: mostCommon(rows.map((row) => [row.text, row.day])),
    count: rows.length,
    urgent: rows.filter((row) => row.triage === 'urgent').length,
    firstDay: days[0] ?? '',
    lastDay: days.at(-1) ?? '',
    platforms: [...new Set(rows.map((row) => row.platform))].sort(),
    nearestEntries: nearest(rows),
    lastKnowledgeVersion: newest.knowledgeVersion,
  };
}

/** The value seen most often; ties go to the most recently seen, then alphabetical order. */
function mostCommon(values: [value: string, day: string][]): string {
  const seen = new Map<string, { count: number; day: string }>();
  for (const [value, day] of values) {
    const tally = seen.get(value) ?? { count: 0, day };
    seen.set(value, { count: tally.count + 1, day: day.localeCompare(tally.day) > 0 ? day : tally.day });
  }
  const [best] = [...seen].sort(
    ([a, x], [b, y]) => y.count - x.count || y.day.localeCompare(x.day) || a.localeCompare(b),
  );
  return best?.[0] ?? '';
}

/** Entries weighted by rank (first 3 points, second 2, third 1), summed over the group. */
function nearest(rows: UnansweredRow[]): string[] {
  const points = new Map<string, number>();
  for (const row of rows) {
    row.candidates.slice(0, 3).forEach((id, i) => {
      points.set(id, (points.get(id) ?? 0) + 3 - i);
    });
  }
  return [...points]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, 3)
    .map(([id]) => id);
}

/** A plain-text table for a terminal or an email; the question last, whole (it is at most 500 long). */
export function formatGaps(gaps: readonly Gap[]): string {
  const header = ['asked', 'urgent', 'first day', 'last day', 'platforms', 'nearest entries', 'question'];
  const lines = gaps.map((gap) => [
    String(gap.count),
    String(gap.urgent),
    gap.firstDay,
    gap.lastDay,
    gap.platforms.join(','),
    gap.nearestEntries.join(',') || '-',
    gap.text,
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...lines.map((cells) => (cells[i] ?? '').length)),
  );
  const render = (cells: string[]) =>
    cells
      .map((cell, i) => (i < 2 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [render(header), ...lines.map(render)].join('\n');
}
