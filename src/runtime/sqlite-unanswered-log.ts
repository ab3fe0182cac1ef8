// The UnansweredLog port on the feedback SQLite file (its own connection; WAL lets both write).
// Rows hold redacted text, platform, nearest entry ids, knowledge version and the day only.
import { randomUUID } from 'node:crypto';
import type { Platform } from '../core/types.js';
import { MAX_UNANSWERED_TEXT, type UnansweredLog, type UnansweredQuestion } from '../core/unanswered.js';
import { type OpenOptions, openFeedbackDb } from './feedback-db.js';
import { SERVE_DB_OPTIONS } from './sqlite-feedback-store.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface SqliteUnansweredLog extends UnansweredLog {
  list(): UnansweredQuestion[];
  /** Deletes rows from before `day` (YYYY-MM-DD); returns how many. */
  prune(day: string): number;
  /** Releases the file; later records fail. Safe to call twice. */
  close(): void;
}

/** A row as SQLite returns it. */
export interface UnansweredDbRow {
  day: string;
  platform: string;
  triage: string | null;
  text: string;
  candidates: string;
  knowledge_version: string | null;
}

export function openSqliteUnansweredLog(
  path: string,
  options: OpenOptions = SERVE_DB_OPTIONS,
): SqliteUnansweredLog {
  const db = openFeedbackDb(path, options);
  const insert = db.prepare(
    `INSERT INTO unanswered (id, day, platform, outcome, triage, text, candidates, knowledge_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const all = db.prepare(
    'SELECT day, platform, triage, text, candidates, knowledge_version FROM unanswered ORDER BY day',
  );
  const remove = db.prepare('DELETE FROM unanswered WHERE day < ?');
  return {
    async record(item) {
      // The port's contract, checked again where it is stored: never a longer or undated text.
      if (item.text === '' || item.text.length > MAX_UNANSWERED_TEXT) {
        throw new RangeError('unanswered text is empty or longer than allowed');
      }
      if (!DAY.test(item.day)) throw new RangeError('unanswered day is not YYYY-MM-DD');
      insert.run(
        randomUUID(),
        item.day,
        item.platform,
        item.outcome,
        item.triage,
        item.text,
        JSON.stringify(item.candidates),
        item.knowledgeVersion || null,
      );
    },
    list() {
      return (all.all() as UnansweredDbRow[]).map(toQuestion);
    },
    prune(day) {
      return remove.run(day).changes;
    },
    close() {
      if (db.open) db.close();
    },
  };
}

export function toQuestion(row: UnansweredDbRow): UnansweredQuestion {
  return {
    text: row.text,
    platform: row.platform as Platform,
    outcome: 'no-answer',
    triage: row.triage === 'urgent' ? 'urgent' : null,
    candidates: parseIds(row.candidates),
    knowledgeVersion: row.knowledge_version ?? '',
    day: row.day,
  };
}

function parseIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
