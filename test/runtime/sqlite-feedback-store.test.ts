// The SQLite feedback store on real temporary files: votes survive a restart, two writers at once
// lose nothing, and a path that cannot work stops the start with a message naming the setting.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feedback } from '../../src/core/feedback.js';
import { FEEDBACK_SCHEMA_VERSION, FeedbackDbError } from '../../src/runtime/feedback-db.js';
import {
  openSqliteFeedbackStore,
  type SqliteFeedbackStore,
} from '../../src/runtime/sqlite-feedback-store.js';

const STORE_SOURCE = fileURLToPath(new URL('../../src/runtime/sqlite-feedback-store.ts', import.meta.url));

function run(command: string, args: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', resolve);
  });
}

let dir: string;
const opened: SqliteFeedbackStore[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vetted-feedback-store-'));
});
afterEach(async () => {
  for (const store of opened.splice(0)) store.close();
  await rm(dir, { recursive: true, force: true });
});

function open(file: string): SqliteFeedbackStore {
  const store = openSqliteFeedbackStore(file);
  opened.push(store);
  return store;
}

function vote(entryId: string, helpful: boolean, at = '2025-03-01T10:00:00.000Z'): Feedback {
  return { entryId, helpful, platform: 'slack', at };
}

function openError(file: string): FeedbackDbError {
  try {
    open(file);
  } catch (error) {
    if (error instanceof FeedbackDbError) return error;
    throw error;
  }
  throw new Error(`opening ${file} did not fail`);
}

describe('SQLite feedback store', () => {
  it('creates the file and its folders, and keeps votes across a close and reopen', async () => {
    const file = join(dir, 'data', 'nested', 'feedback.sqlite');
    const first = open(file);
    await first.record(vote('sore-throat', true));
    await first.record({ ...vote('flu-symptoms', false), platform: 'discord', knowledgeVersion: 'abc123' });
    first.close();
    expect(existsSync(file)).toBe(true);
    // Closing folds the write-ahead log back into the file: nothing is left beside it.
    expect(existsSync(`${file}-wal`)).toBe(false);

    const reopened = open(file);
    expect(await reopened.list()).toEqual([
      { entryId: 'sore-throat', helpful: true, platform: 'slack', at: '2025-03-01T10:00:00.000Z' },
      {
        entryId: 'flu-symptoms',
        helpful: false,
        platform: 'discord',
        at: '2025-03-01T10:00:00.000Z',
        knowledgeVersion: 'abc123',
      },
    ]);
    await reopened.record(vote('sore-throat', false));
    expect(await reopened.list()).toHaveLength(3);
  });

  it('uses write-ahead logging, records its schema version once, and has no column for text or users', () => {
    const file = join(dir, 'feedback.sqlite');
    open(file).close();
    open(file).close(); // a second start applies no step twice
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      // Each step once, in order, up to the newest.
      expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').all()).toEqual(
        Array.from({ length: FEEDBACK_SCHEMA_VERSION }, (_, i) => ({ version: i + 1 })),
      );
      const columns = (db.prepare('PRAGMA table_info(feedback)').all() as { name: string }[]).map(
        (c) => c.name,
      );
      expect(columns).toEqual(['id', 'entry_id', 'helpful', 'platform', 'at', 'knowledge_version']);
    } finally {
      db.close();
    }
  });

  it('loses no vote when several processes write to one file at the same time', async () => {
    const file = join(dir, 'feedback.sqlite');
    open(file).close();
    // Three other processes (a second server, a restart overlapping the old one) and this one.
    const writer = join(dir, 'writer.mts');
    await writeFile(
      writer,
      `import { openSqliteFeedbackStore } from ${JSON.stringify(STORE_SOURCE)};
const store = openSqliteFeedbackStore(process.argv[2]);
for (let i = 0; i < 1000; i++) await store.record({ entryId: 'e' + (i % 7), helpful: i % 3 === 0, platform: 'discord', at: new Date().toISOString() });
store.close();`,
    );
    let running = true;
    const children = Promise.all(
      [1, 2, 3].map(() => run(process.execPath, ['--import', 'tsx', writer, file])),
    );
    void children.finally(() => {
      running = false;
    });
    const here = open(file);
    let mine = 0;
    // Keep writing, a turn of the event loop apart, for as long as the others do.
    while (running) {
      await here.record(vote(`entry-${mine % 5}`, mine % 2 === 0));
      mine += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await children).toEqual([0, 0, 0]);
    here.close();
    const all = await open(file).list();
    expect(all.filter((v) => v.platform === 'discord')).toHaveLength(3000);
    expect(all).toHaveLength(3000 + mine);
  });

  it('stores times in one UTC format and refuses entry ids that did not come from a button', async () => {
    const store = open(join(dir, 'feedback.sqlite'));
    await store.record(vote('sore-throat', true, '2025-03-01T12:00:00+02:00'));
    expect((await store.list())[0]?.at).toBe('2025-03-01T10:00:00.000Z');
    await expect(store.record(vote('x'.repeat(500), true))).rejects.toThrow(/entry id/);
    await expect(store.record(vote('sore-throat', true, 'yesterday'))).rejects.toThrow(/not a date/);
    store.close();
    await expect(store.record(vote('sore-throat', true))).rejects.toThrow();
    store.close(); // twice is harmless: shutdown may run more than once
  });
});

describe('a feedback path that cannot work', () => {
  const namesSettingAndFix =
    /^VETTED_FEEDBACK_DB: cannot use .* for feedback: .*\. (Set|Point) VETTED_FEEDBACK_DB /;

  it('a folder that is a file', async () => {
    await writeFile(join(dir, 'data'), 'not a folder');
    const error = openError(join(dir, 'data', 'feedback.sqlite'));
    expect(error.message).toMatch(namesSettingAndFix);
    expect(error.message).toContain(`${join(dir, 'data')} is not a folder`);
    expect(error.message).toContain('VETTED_FEEDBACK_DB to a file in a folder vetted can write to');
    expect(error.message).toContain('or to memory');
  });

  it('a folder given as the file', () => {
    const error = openError(dir);
    expect(error.message).toMatch(namesSettingAndFix);
    expect(error.message).toContain('it is a folder, not a file');
  });

  it('a file that is not a database, which is left as it was', async () => {
    const file = join(dir, 'notes.txt');
    const text = 'Remember to review the flu entry.\n'.repeat(100);
    await writeFile(file, text);
    const error = openError(file);
    expect(error.message).toMatch(namesSettingAndFix);
    expect(error.message).toContain('the file is not a SQLite database');
    expect(error.message).toContain('Point VETTED_FEEDBACK_DB at a new file name, or move this file away.');
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it("another program's SQLite database, which gets no tables of ours", () => {
    const file = join(dir, 'other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    other.close();
    expect(openError(file).message).toMatch(/it is the SQLite database of something else/);
    const check = new Database(file, { readonly: true });
    const tables = check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    check.close();
    expect(tables).toEqual([{ name: 'invoices' }]);
  });

  it('a database written by a newer vetted', () => {
    const file = join(dir, 'feedback.sqlite');
    open(file).close();
    const db = new Database(file);
    db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
      FEEDBACK_SCHEMA_VERSION + 1,
      new Date().toISOString(),
    );
    db.close();
    expect(openError(file).message).toMatch(
      /written by a newer vetted \(schema \d+; this one knows up to \d+\)\. Run that newer vetted, or point VETTED_FEEDBACK_DB at another file\./,
    );
  });
});
