// Votes per entry from the feedback database, read-only, for `vetted feedback`.
import type { EntryVotes } from '../core/feedback-report.js';
import { type OpenOptions, openFeedbackDbReadOnly } from './feedback-db.js';

/** Totals per entry for votes at or after `since` (all votes when it is absent). */
export function readFeedbackTotals(path: string, options: OpenOptions & { since?: Date }): EntryVotes[] {
  const db = openFeedbackDbReadOnly(path, options);
  try {
    // SQLite fills knowledge_version from the row that holds MAX(at): the last vote's knowledge.
    const rows = db
      .prepare(
        `SELECT entry_id AS entryId, SUM(helpful) AS helpful, SUM(1 - helpful) AS notHelpful,
                MAX(at) AS lastVote, knowledge_version AS lastKnowledgeVersion
           FROM feedback WHERE at >= ? GROUP BY entry_id`,
      )
      .all(options.since?.toISOString() ?? '') as (EntryVotes & { lastKnowledgeVersion: string | null })[];
    return rows.map(({ lastKnowledgeVersion, ...votes }) =>
      lastKnowledgeVersion ? { ...votes, lastKnowledgeVersion } : votes,
    );
  } finally {
    db.close();
  }
}
