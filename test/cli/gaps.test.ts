// `vetted gaps` as a clinician or operator runs it: the real command in its own process, over a
// real database written by the same store `vetted serve` uses.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnansweredQuestion } from '../../src/core/unanswered.js';
import { openSqliteFeedbackStore } from '../../src/runtime/sqlite-feedback-store.js';
import { openSqliteUnansweredLog } from '../../src/runtime/sqlite-unanswered-log.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
let db: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vetted-gaps-cli-'));
  db = join(dir, 'feedback.sqlite');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function asked(text: string, day: string, overrides: Partial<UnansweredQuestion> = {}): UnansweredQuestion {
  return {
    text,
    platform: 'http',
    outcome: 'no-answer',
    triage: null,
    candidates: ['gout'],
    knowledgeVersion: 'k1',
    day,
    ...overrides,
  };
}

async function seed(items: UnansweredQuestion[]): Promise<void> {
  const log = openSqliteUnansweredLog(db);
  for (const item of items) await log.record(item);
  log.close();
}

const SAMPLE = [
  asked('Is kombucha good for gout?', '2025-03-01', { platform: 'slack' }),
  asked('is kombucha good for gout', '2025-03-04'),
  asked('IS KOMBUCHA GOOD FOR GOUT!!', '2025-03-02', { platform: 'discord', triage: 'urgent' }),
  asked('can [NAME] use tea tree oil on a wart', '2025-03-03', { candidates: ['warts', 'skin-care'] }),
];

describe('vetted gaps (spawned)', () => {
  it('groups the same question however it was typed, the most asked first, with a total', async () => {
    await seed(SAMPLE);
    const run = await runCli(['gaps', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`Unanswered questions in ${db}, most asked first (text redacted):`);
    expect(lines[2]).toMatch(
      /^asked\s+urgent\s+first day\s+last day\s+platforms\s+nearest entries\s+question$/,
    );
    expect(lines.slice(3, 5).map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['3', '1', '2025-03-01', '2025-03-04', 'discord,http,slack', 'gout', 'is kombucha good for gout'],
      [
        '1',
        '0',
        '2025-03-03',
        '2025-03-03',
        'http',
        'warts,skin-care',
        'can [NAME] use tea tree oil on a wart',
      ],
    ]);
    expect(lines.at(-1)).toBe('4 questions, 2 different.');
  });

  it('counts only days from --since on, and prints JSON with --json', async () => {
    await seed(SAMPLE);
    const since = await runCli(['gaps', '--db', db, '--since', '2025-03-03']);
    expect(since.code).toBe(0);
    expect(since.stdout).toContain('since 2025-03-03');
    expect(since.stdout).toMatch(
      /^\s+1\s+0\s+2025-03-04\s+2025-03-04\s+http\s+gout\s+is kombucha good for gout$/m,
    );

    // A time counts its whole day: questions are kept to the day.
    const json = await runCli(['gaps', '--json', '--since', '2025-03-02T15:00:00Z'], {
      env: { VETTED_FEEDBACK_DB: db },
    });
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ db, since: '2025-03-02', questions: 3 });
    expect(report.gaps[0]).toEqual({
      // Each wording once: the most recent one stands for the group.
      text: 'is kombucha good for gout',
      count: 2,
      urgent: 1,
      firstDay: '2025-03-02',
      lastDay: '2025-03-04',
      platforms: ['discord', 'http'],
      nearestEntries: ['gout'],
      lastKnowledgeVersion: 'k1',
    });
  });

  it('says so when nothing is recorded, also in a file from before questions were recorded', async () => {
    const votes = openSqliteFeedbackStore(db);
    votes.close();
    const run = await runCli(['gaps', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`No unanswered questions in ${db}.\n`);
  });

  it('exits 1 with what to do when the database is missing, not a database, or kept in memory', async () => {
    const missing = await runCli(['gaps'], { env: { VETTED_FEEDBACK_DB: join(dir, 'nope.sqlite') } });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(
      `vetted gaps: there is no feedback database at ${join(dir, 'nope.sqlite')}. Pass --db FILE (or set VETTED_FEEDBACK_DB) with the file \`vetted serve\` writes; by default data/feedback.sqlite in the folder it runs in.\n`,
    );

    const notes = join(dir, 'notes.txt');
    await writeFile(notes, 'not a database\n'.repeat(200));
    const wrong = await runCli(['gaps', '--db', notes]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe(
      `vetted gaps: --db: cannot use ${notes} for feedback: the file is not a SQLite database (SQLITE_NOTADB). Pass --db FILE with the feedback database.\n`,
    );

    const memory = await runCli(['gaps'], { env: { VETTED_FEEDBACK_DB: 'memory' } });
    expect(memory.code).toBe(1);
    expect(memory.stderr).toMatch(
      /VETTED_FEEDBACK_DB=memory keeps unanswered questions inside the running server only.*--db FILE/,
    );
  });

  it('exits 2 on a date that is not one, or an unknown option, and shows the usage', async () => {
    await seed(SAMPLE);
    for (const date of ['last week', '2025-02-30']) {
      const run = await runCli(['gaps', '--db', db, '--since', date]);
      expect(run.code, date).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`vetted gaps: --since "${date}" is not a date: use YYYY-MM-DD`);
      expect(run.stderr).toContain('Usage:\n  vetted gaps [--db FILE] [--since DATE] [--json]');
    }
    const unknown = await runCli(['gaps', 'gout']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^vetted gaps: Unexpected argument 'gout'/);
  });

  it('is listed in `vetted --help`', async () => {
    const run = await runCli(['--help']);
    expect(run.stdout).toMatch(/^ {2}gaps +list what people asked that no entry answered/m);
  });
});
