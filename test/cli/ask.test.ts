import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

const KB = join(REPO_ROOT, 'test/fixtures/cli-knowledge');

describe('vetted ask (spawned)', () => {
  it('prints the reply as a person reads it: title, answer, sources, draft stamp, disclaimer', async () => {
    const run = await runCli(['ask', '--kb', KB, 'what helps a sore throat?']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Sore throat');
    expect(run.stdout).toContain('Most sore throats get better');
    expect(run.stdout).toContain('https://www.nhs.uk/conditions/sore-throat/');
    expect(run.stdout).toContain('Draft: not yet reviewed by a clinician');
    expect(run.stdout).toContain('not medical advice');
  });

  it('prints one JSON object with --json', async () => {
    const run = await runCli(['ask', '--kb', KB, '--json', 'my throat hurts when i swallow']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['q', 'outcome', 'entry', 'candidates', 'confidence', 'triage', 'text']),
    );
    expect(json).toMatchObject({
      q: 'my throat hurts when i swallow',
      outcome: 'answer',
      entry: 'sore-throat',
    });
    expect(json.candidates.length).toBeLessThanOrEqual(3);
    expect(json.confidence).toBeGreaterThan(0);
    expect(json.confidence).toBeLessThanOrEqual(1);
    expect(json.triage).toEqual({ level: null, rule: null });
  });

  it('finds the entry through typos and a chat mention', async () => {
    const run = await runCli([
      'ask',
      '--kb',
      KB,
      '--json',
      '<@U0123ABC> sore trhoat, how long does it last?? 😩',
    ]);
    expect(JSON.parse(run.stdout).entry).toBe('sore-throat');
  });

  it('says there is no vetted answer for off-topic chat, and points to care', async () => {
    const run = await runCli(['ask', '--kb', KB, '--json', 'who won the football game last night']);
    const json = JSON.parse(run.stdout);
    expect(json.outcome).toBe('no-answer');
    expect(json.entry).toBeNull();
    expect(json.text).toMatch(/doctor|clinician/);
  });

  it('explains why an entry ranked where it did', async () => {
    const run = await runCli(['ask', '--kb', KB, '--explain', 'how long does a sore throat last']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('explain');
    expect(run.stdout).toMatch(/1\. sore-throat/);
    expect(run.stdout).toMatch(/"(sore )?throat".* in (question|title|tag)/);
  });

  it('explains a crisis found by the crisis model, with what it read, and says so for an ordinary question', async () => {
    const crisis = await runCli([
      'ask',
      '--kb',
      KB,
      '--explain',
      "sorted out who gets the dog, won't be around for spring",
    ]);
    expect(crisis.code).toBe(0);
    expect(crisis.stdout).toContain('triage: crisis (crisis-language-model');
    expect(crisis.stdout).toMatch(
      /crisis model: 0\.\d\d \(flags crisis at 0\.5\); words that weighed most: .*around/,
    );
    const ordinary = await runCli(['ask', '--kb', KB, '--explain', 'how long does a sore throat last']);
    expect(ordinary.stdout).toContain('triage: no red flag');
    expect(ordinary.stdout).toMatch(/crisis model: 0\.0\d/);
  });

  it('rejects an empty question with a usage hint', async () => {
    const run = await runCli(['ask', '--kb', KB, '   ']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the question is empty');
  });

  it('rejects an unknown option', async () => {
    const run = await runCli(['ask', '--kb', KB, '--jsno', 'hi']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--jsno');
    expect(run.stderr).toContain('Usage');
  });

  it('says which folder cannot be read', async () => {
    const run = await runCli(['ask', '--kb', '/nonexistent/vetted-kb', 'sore throat']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('/nonexistent/vetted-kb');
    expect(run.stderr).toContain('vetted kb check');
  });

  it('says which batch file cannot be read, as a problem to fix (1), not a bad command line (2)', async () => {
    const run = await runCli(['ask', '--kb', KB, '--batch', '/nonexistent/questions.jsonl']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot read the batch file /nonexistent/questions.jsonl');
  });

  it('refuses invalid knowledge and names the file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vetted-bad-kb-'));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'entries'));
    writeFileSync(
      join(dir, 'entries/bad.md'),
      '---\nid: bad\ntitle: Bad\nquestons:\n  - a\nsources:\n  - title: x\n    url: https://example.org\n---\nBody\n',
    );
    const run = await runCli(['ask', '--kb', dir, 'anything']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/entries\/bad\.md:4/);
  });

  it('answers a batch in order, with an error line in place of a bad line, and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vetted-batch-'));
    const file = join(dir, 'questions.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ q: 'what helps a sore throat' }),
        'not json',
        JSON.stringify({ q: '' }),
        '',
        JSON.stringify({ q: 'throbbing headache with nausea' }),
      ].join('\n'),
    );
    const run = await runCli(['ask', '--kb', KB, '--batch', file]);
    expect(run.code).toBe(1);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].entry).toBe('sore-throat');
    expect(lines[1].error).toMatch(/line 2: not valid JSON/);
    expect(lines[2].error).toMatch(/line 3: "q" is empty/);
    expect(lines[3].q).toBe('throbbing headache with nausea');
  });

  it('reads a batch from standard input with -', async () => {
    const input = `${JSON.stringify({ q: 'runny nose and sneezing' })}\n${JSON.stringify({ q: 'what is a tension headache' })}\n`;
    const run = await runCli(['ask', '--kb', KB, '--batch', '-'], { input });
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.entry)).toEqual(['common-cold', 'tension-headache']);
  });

  it('with --require-review, a draft entry gives no vetted answer', async () => {
    const run = await runCli(['ask', '--kb', KB, '--require-review', '--json', 'what helps a sore throat']);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'no-answer', entry: null });
  });

  it('reads VETTED_REQUIRE_REVIEW from the environment and reports a bad value', async () => {
    const bad = await runCli(['ask', '--kb', KB, 'sore throat'], { env: { VETTED_REQUIRE_REVIEW: 'maybe' } });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('VETTED_REQUIRE_REVIEW must be true or false');
  });
});

describe('vetted (spawned)', () => {
  it('lists commands with --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ask[\s\S]*kb check[\s\S]*serve/);
  });

  it('rejects an unknown command', async () => {
    const run = await runCli(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "frobnicate"');
  });
});
