// Unanswered questions from the feedback database, read-only, for `vetted gaps`.
import type { UnansweredQuestion } from '../core/unanswered.js';
import { type OpenOptions, openFeedbackDbReadOnly } from './feedback-db.js';
import { toQuestion, type UnansweredDbRow } from './sqlite-unanswered-log.js';

/**
 * Rows from `sinceDay` (YYYY-MM-DD) on, or all. A file from before vetted recorded unanswered
 * questions (no table yet: `vetted serve` adds it on its next start) holds none.
 */
export function readUnanswered(
  path: string,
  options: OpenOptions & { sinceDay?: string },
): UnansweredQuestion[] {
  const db = openFeedbackDbReadOnly(path, options);
  try {
    const table = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'unanswered'")
      .get();
    if (!table) return [];
    const rows = db
      .prepare(
        'SELECT day, platform, triage, text, candidates, knowledge_version FROM unanswered WHERE day >= ? ORDER BY day',
      )
      .all(options.sinceDay ?? '') as UnansweredDbRow[];
    return rows.map(toQuestion);
  } finally {
    db.close();
  }
}
