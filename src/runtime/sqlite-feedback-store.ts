// The FeedbackStore port on a SQLite file, so votes survive restarts and a report can read them.
// One row per vote: entry id, vote, platform, time and knowledge version; no text, no user ids.
import type { Feedback, FeedbackStore } from '../core/feedback.js';
import type { Platform } from '../core/types.js';
import { type OpenOptions, openFeedbackDb } from './feedback-db.js';

/** Entry ids are short file names; anything longer did not come from our own buttons. */
const MAX_ENTRY_ID_LENGTH = 200;

export interface SqliteFeedbackStore extends FeedbackStore {
  /** Releases the file (the WAL is folded back in); later records fail. Safe to call twice. */
  close(): void;
}

export const SERVE_DB_OPTIONS: OpenOptions = {
  setting: 'VETTED_FEEDBACK_DB',
  fix: 'Set VETTED_FEEDBACK_DB to a file in a folder vetted can write to (in Docker, a volume mounted at /app/data), or to memory to keep feedback only until a restart.',
};

interface Row {
  entry_id: string;
  helpful: number;
  platform: string;
  at: string;
  knowledge_version: string | null;
}

export function openSqliteFeedbackStore(
  path: string,
  options: OpenOptions = SERVE_DB_OPTIONS,
): SqliteFeedbackStore {
  const db = openFeedbackDb(path, options);
  const insert = db.prepare(
    'INSERT INTO feedback (entry_id, helpful, platform, at, knowledge_version) VALUES (?, ?, ?, ?, ?)',
  );
  const all = db.prepare(
    'SELECT entry_id, helpful, platform, at, knowledge_version FROM feedback ORDER BY id',
  );
  return {
    async record(feedback) {
      if (feedback.entryId === '' || feedback.entryId.length > MAX_ENTRY_ID_LENGTH) {
        throw new RangeError('feedback entry id is empty or too long');
      }
      const at = new Date(feedback.at);
      if (Number.isNaN(at.getTime())) throw new RangeError('feedback time is not a date');
      // One UTC format, so `at >= ?` in the report compares like with like.
      insert.run(
        feedback.entryId,
        feedback.helpful ? 1 : 0,
        feedback.platform,
        at.toISOString(),
        feedback.knowledgeVersion ?? null,
      );
    },
    async list() {
      return (all.all() as Row[]).map(toFeedback);
    },
    close() {
      if (db.open) db.close();
    },
  };
}

function toFeedback(row: Row): Feedback {
  return {
    entryId: row.entry_id,
    helpful: row.helpful === 1,
    platform: row.platform as Platform,
    at: row.at,
    ...(row.knowledge_version ? { knowledgeVersion: row.knowledge_version } : {}),
  };
}
