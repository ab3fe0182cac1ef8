// Opens the SQLite feedback database: WAL, a table of applied migrations, and errors that name the
// setting and the fix instead of a stack trace. Holds entry ids, votes, platforms and times, and
// the redacted text of questions that got no answer (to the day); never raw text or user ids.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';

type Db = Database.Database;

/** Each step runs once, in order, inside one transaction; never edit a released step, add one. */
const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        entry_id TEXT NOT NULL,
        helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
        platform TEXT NOT NULL,
        at TEXT NOT NULL,
        knowledge_version TEXT
      );
      CREATE INDEX feedback_by_entry ON feedback (entry_id, at);
      CREATE INDEX feedback_by_time ON feedback (at);
    `,
  },
  {
    // Questions that got no answer, redacted before they get here (src/core/unanswered.ts). A random
    // key and no rowid: the rows keep no order that could line them up with the log's answer lines.
    version: 2,
    sql: `
      CREATE TABLE unanswered (
        id TEXT PRIMARY KEY,
        day TEXT NOT NULL,
        platform TEXT NOT NULL,
        outcome TEXT NOT NULL,
        triage TEXT CHECK (triage IS NULL OR triage = 'urgent'),
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
        candidates TEXT NOT NULL,
        knowledge_version TEXT
      ) WITHOUT ROWID;
      CREATE INDEX unanswered_by_day ON unanswered (day);
    `,
  },
];

export const FEEDBACK_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/** A database that cannot be used, with a message a person can act on. */
export class FeedbackDbError extends Error {
  override name = 'FeedbackDbError';
}

export interface OpenOptions {
  /** Where the path came from, named in every error (e.g. "VETTED_FEEDBACK_DB" or "--db FILE"). */
  setting: string;
  /** What to do instead, appended to errors about a file that cannot be created or written. */
  fix: string;
}

/** Opens (creating the file and its folder) for writing, and brings the schema up to date. */
export function openFeedbackDb(path: string, options: OpenOptions): Db {
  const file = resolve(path);
  try {
    makeFolder(dirname(file));
  } catch (error) {
    const { dir, code } = error as FolderError;
    const reason =
      code === 'ENOTDIR' ? `${dir} is not a folder` : `the folder ${dir} cannot be created (${code})`;
    throw problem(options, file, reason, options.fix);
  }
  if (isFolder(file)) throw problem(options, file, 'it is a folder, not a file', options.fix);
  let db: Db | undefined;
  try {
    db = new Database(file);
    // Readers never block the writer, and a crash loses at most the last votes, never the file.
    if (db.pragma('journal_mode = WAL', { simple: true }) !== 'wal') {
      throw new FeedbackDbError('the file system does not support write-ahead logging');
    }
    db.pragma('synchronous = NORMAL');
    migrate(db, file, options);
    return db;
  } catch (error) {
    db?.close();
    throw explain(error, file, options, 'write');
  }
}

/** Opens an existing database read-only (for reports); never creates or migrates anything. */
export function openFeedbackDbReadOnly(path: string, options: OpenOptions): Db {
  const file = resolve(path);
  if (isFolder(file)) throw problem(options, file, 'it is a folder, not a file', options.fix);
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = appliedVersion(db);
    if (version === null) {
      throw problem(
        options,
        file,
        'it is not a vetted feedback database (no schema_migrations table)',
        options.fix,
      );
    }
    checkNotNewer(version, file, options);
    return db;
  } catch (error) {
    db?.close();
    throw explain(error, file, options, 'read');
  }
}

/**
 * mkdir -p, one level at a time. Node's own `recursive: true` spins forever on a path whose parent
 * exists but cannot hold it (such as /proc/x/y), which would freeze the server at start.
 */
function makeFolder(dir: string): void {
  let isDirectory: boolean | undefined;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    isDirectory = undefined;
  }
  if (isDirectory === false) throw { dir, code: 'ENOTDIR' } satisfies FolderError;
  if (isDirectory) return;
  const parent = dirname(dir);
  if (parent !== dir) makeFolder(parent);
  try {
    mkdirSync(dir);
  } catch (error) {
    throw { dir, code: codeOf(error) } satisfies FolderError;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

interface FolderError {
  dir: string;
  code: string;
}

function migrate(db: Db, file: string, options: OpenOptions): void {
  // IMMEDIATE: two processes starting on one file cannot both apply the same step.
  db.transaction(() => {
    // Another program's database: adding our tables to it would mix two things in one file.
    if (appliedVersion(db) === null && db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table'").get()) {
      throw problem(
        options,
        file,
        "it is the SQLite database of something else (it has tables, none of them vetted's)",
        `Point ${options.setting} at a new file name.`,
      );
    }
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const current = appliedVersion(db) ?? 0;
    checkNotNewer(current, file, options);
    const record = db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
    for (const step of MIGRATIONS) {
      if (step.version <= current) continue;
      db.exec(step.sql);
      record.run(step.version, new Date().toISOString());
    }
  }).immediate();
}

function appliedVersion(db: Db): number | null {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!table) return null;
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as {
    version: number | null;
  };
  return row.version ?? 0;
}

function checkNotNewer(version: number, file: string, options: OpenOptions): void {
  if (version > FEEDBACK_SCHEMA_VERSION) {
    throw problem(
      options,
      file,
      `it was written by a newer vetted (schema ${version}; this one knows up to ${FEEDBACK_SCHEMA_VERSION})`,
      `Run that newer vetted, or point ${options.setting} at another file.`,
    );
  }
}

function explain(error: unknown, file: string, options: OpenOptions, use: 'read' | 'write'): FeedbackDbError {
  if (error instanceof FeedbackDbError) {
    return error.message.startsWith(options.setting)
      ? error
      : problem(options, file, error.message, options.fix);
  }
  const code = codeOf(error);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return problem(
      options,
      file,
      `the file is not a SQLite database (${code})`,
      use === 'write' ? `Point ${options.setting} at a new file name, or move this file away.` : options.fix,
    );
  }
  if (code === 'SQLITE_CANTOPEN' && /does not exist|fileMustExist/i.test(messageOf(error))) {
    return problem(options, file, 'the file does not exist', options.fix);
  }
  return problem(
    options,
    file,
    `it cannot be opened for ${use === 'write' ? 'writing' : 'reading'} (${code})`,
    options.fix,
  );
}

function problem(options: OpenOptions, file: string, reason: string, fix: string): FeedbackDbError {
  return new FeedbackDbError(
    `${options.setting}: cannot use ${file} for feedback: ${reason}. ${fix}`.trimEnd(),
  );
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : messageOf(error);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
