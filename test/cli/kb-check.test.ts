// `vetted kb check` as a clinician or CI runs it: the real command in its own process.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/knowledge');
const VALID = join(FIXTURES, 'valid');
const BROKEN = join(FIXTURES, 'many-problems');

describe('vetted kb check (spawned)', () => {
  it('passes a valid folder, listing its warnings and a summary', async () => {
    const run = await runCli(['kb', 'check', VALID]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^entries\/respiratory\/flu-treatment\.md:11: warning: entry is a draft.* Fix: /,
    );
    expect(lines[1]).toMatch(/^triage\.yaml: warning: there is no triage\.yaml/);
    expect(lines[2]).toBe('3 entries, 0 errors, 2 warnings: the knowledge is valid.');
  });

  it('fails on warnings with --strict', async () => {
    const run = await runCli(['kb', 'check', VALID, '--strict']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('3 entries, 0 errors, 2 warnings: warnings count as errors with --strict.');
  });

  it('lists every problem of a broken folder at once, sorted by file and line, each with its fix', async () => {
    const run = await runCli(['kb', 'check', BROKEN]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'entries/flu.md:4: error: unknown field "questons" — did you mean "questions"? Fix: Rename the field to "questions".',
    );
    expect(lines.map((line) => line.split(': ')[0])).toEqual([
      'entries/flu.md:4',
      'entries/flu.md:6',
      'entries/flu.md:9',
      'entries/flu.md:10',
      'entries/flu.md:11',
      'entries/flu.md:12',
      'entries/other/flu.md:2',
      'triage.yaml',
      '2 entries, 7 errors, 1 warning',
    ]);
    expect(lines.at(-1)).toBe(
      '2 entries, 7 errors, 1 warning: fix the errors above, then run the check again.',
    );
  });

  it('prints one JSON object with --json', async () => {
    const broken = await runCli(['kb', 'check', '--json', BROKEN]);
    expect(broken.code).toBe(1);
    const json = JSON.parse(broken.stdout);
    expect(json).toMatchObject({ ok: false, entries: 2, errors: 7, warnings: 1 });
    expect(json.problems[0]).toEqual({
      severity: 'error',
      file: 'entries/flu.md',
      line: 4,
      code: 'unknown-field',
      message: 'unknown field "questons" — did you mean "questions"?',
      fix: 'Rename the field to "questions".',
    });

    const valid = await runCli(['kb', 'check', '--json', VALID]);
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.stdout)).toMatchObject({ ok: true, entries: 3, errors: 0, warnings: 2 });
  });

  it('accepts the folder as --kb DIR too, and reads VETTED_KB_DIR when none is given', async () => {
    const flag = await runCli(['kb', 'check', '--kb', VALID]);
    expect(flag.code).toBe(0);
    expect(flag.stdout).toContain('3 entries, 0 errors, 2 warnings');
    const fromEnv = await runCli(['kb', 'check'], { env: { VETTED_KB_DIR: BROKEN } });
    expect(fromEnv.code).toBe(1);
    expect(fromEnv.stdout).toContain('2 entries, 7 errors');
  });

  it('says how to fix a folder that does not exist', async () => {
    const missing = join(FIXTURES, 'no-such-folder');
    const run = await runCli(['kb', 'check', missing]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${missing}: error: knowledge folder does not exist.`);
    expect(run.stdout).toContain('--kb DIR');
  });

  it('rejects an unknown option or two folders with the usage and exit status 2', async () => {
    const flag = await runCli(['kb', 'check', '--strcit', VALID]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--strcit'");
    expect(flag.stderr).toContain('Usage:\n  vetted kb check [DIR] [--strict] [--json]');
    const two = await runCli(['kb', 'check', VALID, BROKEN]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('give one knowledge folder');
  });

  it('prints its usage with --help', async () => {
    const run = await runCli(['kb', 'check', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('vetted kb check [DIR] [--strict] [--json]');
  });

  it('prints a new error before the draft reminders, which fold into one line unless --verbose', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vetted-kb-'));
    try {
      await cp(join(REPO_ROOT, 'knowledge'), dir, { recursive: true });
      // A clinician adds one entry with a mistake to a folder of 56 drafts.
      await writeFile(
        join(dir, 'entries', 'zz-new.md'),
        '---\nid: zz-new\ntitle: New\nquestons:\n  - a new question\nsources:\n  - title: CDC\n    url: https://www.cdc.gov/\n---\nAnswer.\n',
      );
      // Every bundled entry is a draft, and so is the new one.
      const json = JSON.parse((await runCli(['kb', 'check', '--json', dir])).stdout);
      const n: number = json.entries;
      expect(json.problems.filter((found: { code: string }) => found.code === 'draft-entry')).toHaveLength(n);

      const run = await runCli(['kb', 'check', dir]);
      expect(run.code).toBe(1);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^entries\/zz-new\.md:4: error: unknown field "questons"/);
      const drafts = lines.filter((line) => line.includes('draft'));
      expect(drafts).toHaveLength(1);
      expect(drafts[0]).toMatch(
        new RegExp(
          `^warning: ${n} entries are drafts: entries/.* and ${n - 3} more \\(--verbose lists each\\)`,
        ),
      );
      expect(lines.at(-1)).toMatch(new RegExp(`^${n} entries, 1 error, ${n} warnings: fix the errors above`));

      const verbose = await runCli(['kb', 'check', '--verbose', dir]);
      const verboseLines = verbose.stdout.trimEnd().split('\n');
      expect(verboseLines[0]).toMatch(/^entries\/zz-new\.md:4: error/);
      expect(verboseLines.filter((line) => line.includes(': warning: entry is a draft'))).toHaveLength(n);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('passes the bundled knowledge (the default folder) without errors', async () => {
    const run = await runCli(['kb', 'check', '--json']);
    const json = JSON.parse(run.stdout);
    expect(json.problems.filter((found: { severity: string }) => found.severity === 'error')).toEqual([]);
    expect(run.code).toBe(0);
    expect(json.entries).toBeGreaterThanOrEqual(40);
  });
});
