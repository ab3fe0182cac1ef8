// What people asked that had no answer, end to end as an operator meets it: `vetted serve` as a
// process, a question over HTTP that no entry answers, then `vetted gaps` on the same file shows it
// redacted, while the log and the file never hold the name or the email.

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import {
  ask,
  copyKnowledge,
  eventually,
  killIfRunning,
  removeDir,
  type ServeProcess,
  startServe,
} from './serve-helpers.js';

let kb: string | undefined;
let work: string | undefined;
let server: ServeProcess | null = null;

afterEach(async () => {
  await killIfRunning(server);
  server = null;
  for (const dir of [kb, work]) if (dir) await removeDir(dir);
  kb = work = undefined;
});

const QUESTION = 'Hi, I am Maria Lopez (maria.lopez@example.com): is kombucha good for gout?';

describe('unanswered questions (spawned vetted serve and vetted gaps)', () => {
  it('records a no-answer redacted, and `vetted gaps` lists it; an emergency is not recorded', async () => {
    kb = await copyKnowledge();
    work = await mkdtemp(join(tmpdir(), 'vetted-gaps-e2e-'));
    const db = join(work, 'feedback.sqlite');
    server = await startServe(kb, { VETTED_FEEDBACK_DB: db });

    const reply = await ask(server.url, QUESTION);
    expect(reply.status).toBe(200);
    expect(reply.body.outcome).toBe('no-answer');
    // Asked again: a repeat shows demand (the second one is an answer-cache hit).
    expect((await ask(server.url, QUESTION)).body.outcome).toBe('no-answer');
    // Emergency and crisis messages with no entry are never recorded; an urgent one is.
    for (const [text, level] of [
      ['my son swallowed a bottle of pills, is kombucha good for gout?', 'emergency'],
      ['I want to kill myself, is kombucha good for gout?', 'crisis'],
      ['burning when I pee with fever and back pain, is kombucha good?', 'urgent'],
    ]) {
      const red = await ask(server.url, text ?? '');
      expect(red.body.outcome, level).toBe('no-answer');
      expect(red.body.triage, level).toMatchObject({ level });
    }

    const report = await eventually(async () => {
      const run = await runCli(['gaps', '--db', db, '--json']);
      const parsed = JSON.parse(run.stdout) as { questions: number; gaps: { text: string }[] };
      return parsed.questions >= 3 ? parsed : undefined;
    }, 'the unanswered question to be recorded');
    expect(report.questions).toBe(3);
    expect(report.gaps).toHaveLength(2);
    expect(report.gaps[0]).toMatchObject({ count: 2, urgent: 0, platforms: ['http'] });
    expect(report.gaps[1]).toMatchObject({ count: 1, urgent: 1 });
    expect(report.gaps[0]?.text).toBe('Hi, I am [NAME] ([EMAIL]): is kombucha good for gout?');

    const table = await runCli(['gaps', '--db', db]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /^\s+2\s+0\s+\d{4}-\d{2}-\d{2}\s+\d{4}-\d{2}-\d{2}\s+http\s+.*Hi, I am \[NAME\] \(\[EMAIL\]\): is kombucha good for gout\?$/m,
    );

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const file = new Database(db, { readonly: true });
    const rows = file.prepare('SELECT * FROM unanswered').all();
    file.close();
    const stored = JSON.stringify(rows);
    for (const secret of ['Maria', 'Lopez', 'example.com', 'pills', 'kill']) {
      expect(stored).not.toContain(secret);
      expect(server.stdout()).not.toContain(secret);
    }
    // Kept to the day, no time of day.
    expect(rows).toHaveLength(3);
    for (const row of rows) expect((row as { day: string }).day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('records nothing with VETTED_RECORD_UNANSWERED=false', async () => {
    kb = await copyKnowledge();
    work = await mkdtemp(join(tmpdir(), 'vetted-gaps-e2e-'));
    const db = join(work, 'feedback.sqlite');
    server = await startServe(kb, { VETTED_FEEDBACK_DB: db, VETTED_RECORD_UNANSWERED: 'false' });
    expect((await ask(server.url, QUESTION)).body.outcome).toBe('no-answer');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const run = await runCli(['gaps', '--db', db]);
    expect(run.stdout).toBe(`No unanswered questions in ${db}.\n`);
  });
});
