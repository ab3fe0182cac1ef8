// What `kb check` tells a clinician about common mistakes: which file to change and how, without
// knock-on errors that send them to the wrong file.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkKnowledge, checkKnowledgeFiles } from '../../../src/core/knowledge/check-knowledge.js';
import { reportLines } from '../../../src/core/knowledge/report-lines.js';
import type { Problem } from '../../../src/core/types.js';
import { brief, TODAY } from './fixture-helpers.js';

/** An entry whose questions are made from `topic` (default: the id), so two entries share none. */
function entry(id: string, fields: Record<string, string> = {}, topic = id): string {
  const lines = {
    id,
    title: `About ${topic}`,
    questions: `\n  - what is ${topic}\n  - tell me about ${topic}\n  - help with ${topic}`,
    sources: '\n  - title: MedlinePlus\n    url: https://medlineplus.gov/',
    ...fields,
  };
  const header = Object.entries(lines)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}:${value.startsWith('\n') ? '' : ' '}${value}`);
  return `---\n${header.join('\n')}\n---\nA short answer about ${id}.\n`;
}

const encode = (text: string) => new TextEncoder().encode(text);
const check = (files: Record<string, string>) =>
  checkKnowledgeFiles(
    Object.entries(files).map(([path, text]) => ({ path, bytes: encode(text) })),
    { today: TODAY },
  ).problems.filter((found) => found.code !== 'triage-missing' && found.code !== 'draft-entry');

describe('duplicate ids and file names', () => {
  it('says to change the copied id to its file name, naming both files, and does not also say rename the file', () => {
    const problems = check({
      'entries/hives.md': entry('hives'),
      'entries/rash.md': entry('hives', {}, 'rash'),
    });
    expect(brief(problems)).toEqual(['entries/rash.md:2 error duplicate-id']);
    expect(problems[0]?.message).toBe(
      'id "hives" is used by both entries/hives.md:2 and entries/rash.md:2; each entry needs its own id.',
    );
    expect(problems[0]?.fix).toBe(
      'In entries/rash.md, change the id to "rash" to match its file name; entries/hives.md keeps "hives".',
    );
  });

  it('points at the earlier file when that is the one whose id does not match its name', () => {
    const problems = check({
      'entries/a-copy.md': entry('rash', {}, 'a copy'),
      'entries/rash.md': entry('rash'),
    });
    expect(brief(problems)).toEqual(['entries/a-copy.md:2 error duplicate-id']);
    expect(problems[0]?.fix).toContain('In entries/a-copy.md, change the id to "a-copy"');
  });

  it('names both files when both match their names (same name in two folders)', () => {
    const [problem] = check({
      'entries/a/flu.md': entry('flu'),
      'entries/b/flu.md': entry('flu', {}, 'bird flu'),
    });
    expect(problem?.fix).toContain('entries/a/flu.md and entries/b/flu.md was published first');
  });

  it('shares a question naming both files and lines', () => {
    const [problem] = check({
      'entries/cold.md': entry('cold', { questions: '\n  - is it a cold\n  - runny nose\n  - sneezing' }),
      'entries/flu.md': entry('flu', { questions: '\n  - fever and aches\n  - Is it a cold?\n  - chills' }),
    });
    expect(problem?.message).toBe(
      'question "Is it a cold?" is in both entries/cold.md:5 and entries/flu.md:6; one question cannot lead to two entries.',
    );
    expect(problem?.fix).toContain('entries/cold.md and entries/flu.md');
  });

  it('explains a file name that differs from the id both ways round, as the format says it should match', () => {
    const [problem] = check({ 'entries/influenza.md': entry('flu') });
    expect(problem).toMatchObject({ severity: 'warning', code: 'file-name-mismatch' });
    expect(problem?.fix).toBe(
      'If the entry is new, change the id to "influenza"; if "flu" is already published (logs and feedback refer to it, so it never changes), rename the file to flu.md instead.',
    );
  });
});

describe('review dates', () => {
  const reviewed = (on: string) => ({
    status: 'reviewed',
    reviewed_by: 'Jane Roe, MD',
    reviewed_on: on,
    review_due: '2027-12-01',
  });

  it('rejects a review dated in the future, even by more than a day', () => {
    const problems = check({ 'entries/flu.md': entry('flu', reviewed('2026-12-25')) });
    expect(brief(problems)).toEqual(['entries/flu.md:13 error reviewed-in-future']);
    expect(problems[0]?.message).toContain('2026-12-25 is in the future (today is 2026-11-27)');
    expect(problems[0]?.fix).toContain('keep status: draft until the review is done');
  });

  it('accepts today and tomorrow (a clinician ahead of UTC)', () => {
    expect(check({ 'entries/flu.md': entry('flu', reviewed(TODAY)) })).toEqual([]);
    expect(check({ 'entries/flu.md': entry('flu', reviewed('2026-11-28')) })).toEqual([]);
  });
});

describe('YAML mistakes clinicians make', () => {
  it('says to quote a title that contains a colon, showing the quoted line', () => {
    const problems = check({ 'entries/flu.md': entry('flu', { title: 'Flu: the basics' }) });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'entries/flu.md',
        line: 3,
        code: 'invalid-yaml',
        message: 'the value of "title" contains ": ", which YAML reads as the start of another field.',
        fix: 'Put the whole value in double quotes: title: "Flu: the basics"',
      }),
    ]);
  });

  it('points a missing field at the closing --- where it is to be added, with the front matter lines', () => {
    const problems = check({ 'entries/flu.md': entry('flu', { title: '' }) });
    expect(problems).toEqual([
      expect.objectContaining({
        line: 10,
        code: 'missing-field',
        message: 'required field "title" is missing from the front matter (lines 1–10).',
      }),
    ]);
    expect(problems[0]?.fix).toContain('Add it above the closing `---` on line 10');
  });
});

describe('files that cannot be read', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vetted-kb-'));
    await mkdir(join(dir, 'entries'));
    await writeFile(join(dir, 'entries', 'hives.md'), entry('hives'));
    for (const id of ['rash', 'itch']) {
      await writeFile(join(dir, 'entries', `${id}.md`), entry(id, { related: '[hives]' }));
    }
    await writeFile(join(dir, 'settings.yaml'), 'locale: "en-US"\n');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  // Tests run as root in CI, where chmod 000 does not stop a read: fake the permission error.
  const denied = (...names: string[]) => ({
    today: TODAY,
    readFile: async (path: string) => {
      if (names.some((name) => path.endsWith(name))) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      }
      return readFile(path);
    },
  });
  const problemsOf = async (...names: string[]): Promise<Problem[]> =>
    (await checkKnowledge(dir, denied(...names))).problems.filter(
      (found) => found.code !== 'triage-missing' && found.code !== 'draft-entry',
    );

  it('reports an unreadable entry once, with a permission fix, and no errors in the entries linking to it', async () => {
    const problems = await problemsOf('hives.md');
    expect(brief(problems)).toEqual(['entries/hives.md:- error file-unreadable']);
    expect(problems[0]?.message).toContain('EACCES');
    expect(problems[0]?.message).toContain(`Links to "hives" in other entries' related are not checked`);
    expect(problems[0]?.fix).toContain('chmod a+r entries/hives.md');
  });

  it('still reports a related id that names no file at all', async () => {
    await writeFile(join(dir, 'entries', 'rash.md'), entry('rash', { related: '[hievs]' }));
    expect(brief(await problemsOf('itch.md'))).toEqual([
      'entries/itch.md:- error file-unreadable',
      'entries/rash.md:11 error unknown-related',
    ]);
  });

  it('gives an unreadable settings.yaml a permission fix, not one about broken links', async () => {
    const [problem] = await problemsOf('settings.yaml');
    expect(problem).toMatchObject({ file: 'settings.yaml', code: 'file-unreadable' });
    expect(problem?.fix).toContain('permission');
    expect(problem?.fix).not.toContain('link');
  });
});

describe('the kb check report', () => {
  const at = (file: string, severity: Problem['severity'], code: string): Problem => ({
    severity,
    file,
    code,
    message: `${code} here.`,
    fix: 'Do the thing.',
  });
  const problems = [
    at('entries/a.md', 'warning', 'draft-entry'),
    at('entries/b.md', 'warning', 'draft-entry'),
    at('entries/c.md', 'warning', 'body-too-long'),
    at('entries/d.md', 'warning', 'draft-entry'),
    at('entries/e.md', 'warning', 'draft-entry'),
    at('entries/z.md', 'error', 'unknown-field'),
  ];

  it('prints errors first, then other warnings, then one line for all drafts', () => {
    expect(reportLines(problems)).toEqual([
      'entries/z.md: error: unknown-field here. Fix: Do the thing.',
      'entries/c.md: warning: body-too-long here. Fix: Do the thing.',
      expect.stringMatching(
        /^warning: 4 entries are drafts: entries\/a\.md, entries\/b\.md, entries\/d\.md and 1 more \(--verbose lists each\)\..* Fix: /,
      ),
    ]);
  });

  it('lists every draft with verbose, still errors first', () => {
    const lines = reportLines(problems, { verbose: true });
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^entries\/z\.md: error/);
    expect(lines.filter((line) => line.includes('draft-entry'))).toHaveLength(4);
  });

  it('does not fold a single draft', () => {
    expect(reportLines([at('entries/a.md', 'warning', 'draft-entry')])).toEqual([
      'entries/a.md: warning: draft-entry here. Fix: Do the thing.',
    ]);
  });
});
