// `vetted feedback` as a clinician or operator runs it: the real command in its own process, over a
// real feedback database written by the same store `vetted serve` uses.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feedback } from '../../src/core/feedback.js';
import { openSqliteFeedbackStore } from '../../src/runtime/sqlite-feedback-store.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
let db: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vetted-feedback-cli-'));
  db = join(dir, 'feedback.sqlite');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes votes as `entry: helpful/not helpful @ day` would read: [entry, helpful?, ISO time]. */
async function seed(votes: [string, boolean, string][]): Promise<void> {
  const store = openSqliteFeedbackStore(db);
  for (const [entryId, helpful, at] of votes) {
    const feedback: Feedback = { entryId, helpful, platform: helpful ? 'slack' : 'discord', at };
    await store.record(feedback);
  }
  store.close();
}

function votes(
  entryId: string,
  helpful: number,
  notHelpful: number,
  at: string,
): [string, boolean, string][] {
  return [
    ...Array.from({ length: helpful }, (): [string, boolean, string] => [entryId, true, at]),
    ...Array.from({ length: notHelpful }, (): [string, boolean, string] => [entryId, false, at]),
  ];
}

const SAMPLE = [
  ...votes('sore-throat', 3, 0, '2025-03-01T08:00:00Z'),
  ...votes('back-pain', 6, 4, '2025-03-02T12:15:00Z'),
  ...votes('ear-pain', 0, 1, '2025-03-03T18:00:00Z'),
  ...votes('flu-symptoms', 1, 3, '2025-03-04T09:30:00Z'),
];

describe('vetted feedback (spawned)', () => {
  it('lists votes per entry, the ones most in need of review first, with a total', async () => {
    await seed(SAMPLE);
    const run = await runCli(['feedback', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`Feedback in ${db}, most in need of review first:`);
    expect(lines[2]).toMatch(/^entry\s+helpful\s+not helpful\s+share helpful\s+last vote \(UTC\)$/);
    // 3 of 4 unhelpful, then 1 of 1 (little evidence), then 4 of 10, then an entry nobody faulted.
    expect(lines.slice(3, 7).map((line) => line.split(/\s+/))).toEqual([
      ['flu-symptoms', '1', '3', '25%', '2025-03-04', '09:30'],
      ['ear-pain', '0', '1', '0%', '2025-03-03', '18:00'],
      ['back-pain', '6', '4', '60%', '2025-03-02', '12:15'],
      ['sore-throat', '3', '0', '100%', '2025-03-01', '08:00'],
    ]);
    expect(lines.at(-1)).toBe('18 votes on 4 entries.');
  });

  it('counts only votes from --since on, and prints JSON with --json', async () => {
    await seed([...SAMPLE, ...votes('sore-throat', 0, 2, '2025-03-05T07:00:00Z')]);
    const since = await runCli(['feedback', '--db', db, '--since', '2025-03-04']);
    expect(since.code).toBe(0);
    expect(since.stdout).toContain('since 2025-03-04 00:00 UTC');
    expect(since.stdout).toMatch(/^sore-throat\s+0\s+2\s+0%\s+2025-03-05 07:00$/m);
    expect(since.stdout).not.toContain('back-pain');
    expect(since.stdout.trimEnd().split('\n').at(-1)).toBe('6 votes on 2 entries.');

    const json = await runCli(['feedback', '--json', '--since', '2025-03-03T12:00:00Z'], {
      env: { VETTED_FEEDBACK_DB: db },
    });
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ db, since: '2025-03-03T12:00:00.000Z', votes: 7 });
    expect(report.entries.map((e: { entryId: string }) => e.entryId)).toEqual([
      'sore-throat',
      'flu-symptoms',
      'ear-pain',
    ]);
    expect(report.entries[1]).toEqual({
      entryId: 'flu-symptoms',
      helpful: 1,
      notHelpful: 3,
      shareHelpful: 0.25,
      lastVote: '2025-03-04T09:30:00.000Z',
    });
  });

  it('reads the file while a server is writing to it', async () => {
    const store = openSqliteFeedbackStore(db);
    try {
      await store.record({
        entryId: 'sore-throat',
        helpful: false,
        platform: 'slack',
        at: new Date().toISOString(),
      });
      const run = await runCli(['feedback', '--db', db]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^sore-throat\s+0\s+1\s+0%/m);
    } finally {
      store.close();
    }
  });

  it('says so when there are no votes yet', async () => {
    await seed([]);
    const run = await runCli(['feedback', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`No votes in ${db}.\n`);
  });

  it('exits 1 with what to do when the database is missing, not a database, or kept in memory', async () => {
    const missing = await runCli(['feedback'], { env: { VETTED_FEEDBACK_DB: join(dir, 'nope.sqlite') } });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(
      `vetted feedback: there is no feedback database at ${join(dir, 'nope.sqlite')}. Pass --db FILE (or set VETTED_FEEDBACK_DB) with the file \`vetted serve\` writes; by default data/feedback.sqlite in the folder it runs in.\n`,
    );

    const notes = join(dir, 'notes.txt');
    await writeFile(notes, 'not a database\n'.repeat(200));
    const wrong = await runCli(['feedback', '--db', notes]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe(
      `vetted feedback: --db: cannot use ${notes} for feedback: the file is not a SQLite database (SQLITE_NOTADB). Pass --db FILE with the feedback database.\n`,
    );

    const memory = await runCli(['feedback'], { env: { VETTED_FEEDBACK_DB: 'memory' } });
    expect(memory.code).toBe(1);
    expect(memory.stderr).toMatch(
      /VETTED_FEEDBACK_DB=memory keeps votes inside the running server only.*--db FILE/,
    );
  });

  it('exits 2 on a date that is not one, or an unknown option, and shows the usage', async () => {
    await seed(SAMPLE);
    for (const date of ['yesterday', '2025-02-30', '03/04/2025']) {
      const run = await runCli(['feedback', '--db', db, '--since', date]);
      expect(run.code, date).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`vetted feedback: --since "${date}" is not a date: use YYYY-MM-DD`);
      expect(run.stderr).toContain('Usage:\n  vetted feedback [--db FILE] [--since DATE] [--json]');
    }
    const unknown = await runCli(['feedback', '--dbx', db]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^vetted feedback: Unknown option '--dbx'/);
  });

  it('is listed in `vetted --help`', async () => {
    const run = await runCli(['--help']);
    expect(run.stdout).toMatch(/^ {2}feedback +list the Helpful \/ Not helpful votes per entry/m);
  });
});
