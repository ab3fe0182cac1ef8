// Whatever is on disk, the loader reports it instead of crashing: odd encodings, line endings,
// binary junk, empty and unreadable files, and folders that are missing or wrong.
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../../src/core/knowledge/check-knowledge.js';
import { loadKnowledge } from '../../../src/core/knowledge/load-knowledge.js';
import { brief, fixture, TODAY } from './fixture-helpers.js';

const ENTRY = `---
id: flu
title: Flu
questions:
  - what is flu
  - is it flu
  - flu signs
sources:
  - title: CDC
    url: https://www.cdc.gov/flu/
status: reviewed
reviewed_by: Jane Roe, MD
reviewed_on: 2026-10-01
review_due: 2027-10-01
unknown_thing: 1
---
The answer.
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vetted-kb-'));
  await mkdir(join(dir, 'entries'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const problems = async (folder = dir) => brief((await checkKnowledge(folder, { today: TODAY })).problems);
const put = (path: string, content: string | Uint8Array) => writeFile(join(dir, path), content);

describe('files that are hard to read', () => {
  it('reads Windows line endings with the right line numbers', async () => {
    await put('entries/flu.md', ENTRY.replace(/\n/g, '\r\n'));
    expect(await problems()).toEqual(['entries/flu.md:15 error unknown-field']);
  });

  it('reads old Mac line endings with the right line numbers', async () => {
    await put('entries/flu.md', ENTRY.replace(/\n/g, '\r'));
    expect(await problems()).toEqual(['entries/flu.md:15 error unknown-field']);
  });

  it('reads a file that starts with a byte order mark', async () => {
    await put('entries/flu.md', `\uFEFF${ENTRY.replace('unknown_thing: 1\n', '')}`);
    const loaded = await loadKnowledge(dir, { today: TODAY });
    expect(loaded.ok && loaded.knowledge.entries[0]?.id).toBe('flu');
  });

  it('reports binary junk and text in another encoding', async () => {
    await put(
      'entries/image.md',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]),
    );
    await put('entries/latin1.md', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0xe9, 0x0a]));
    await put('entries/nul.md', `${ENTRY}\u0000`);
    expect(await problems()).toEqual([
      'entries/image.md:- error not-text',
      'entries/latin1.md:- error not-text',
      'entries/nul.md:- error not-text',
    ]);
  });

  it('reports an empty or blank file', async () => {
    await put('entries/empty.md', '');
    await put('entries/blank.md', '\n  \n');
    expect(await problems()).toEqual([
      'entries/blank.md:- error empty-file',
      'entries/empty.md:- error empty-file',
    ]);
  });

  it('reports a file that cannot be read (a link to nowhere)', async () => {
    await symlink(join(dir, 'gone.md'), join(dir, 'entries', 'broken-link.md'));
    expect(await problems()).toEqual(['entries/broken-link.md:- error file-unreadable']);
  });

  it('reports front matter that is not a set of fields', async () => {
    await put('entries/list.md', '---\n- id: flu\n- title: Flu\n---\nBody.\n');
    await put('entries/none.md', '---\n---\nBody.\n');
    expect(await problems()).toEqual([
      'entries/list.md:2 error front-matter-not-fields',
      'entries/none.md:2 error missing-field',
      'entries/none.md:2 error missing-field',
      'entries/none.md:2 error missing-field',
      'entries/none.md:2 error no-source',
      'entries/none.md:2 warning draft-entry',
    ]);
  });

  it('reports YAML aliases that point nowhere, and a field given twice', async () => {
    await put('entries/alias.md', '---\nid: *nothing\n---\nBody.\n');
    await put('entries/twice.md', ENTRY.replace('title: Flu\n', 'title: Flu\ntitle: Influenza\n'));
    expect(await problems()).toEqual([
      'entries/alias.md:2 error invalid-yaml',
      'entries/twice.md:4 error duplicate-field',
    ]);
  });

  it('reports a huge file without parsing it', async () => {
    await put('entries/huge.md', `${ENTRY}${'x'.repeat(1_100_000)}`);
    expect(await problems()).toEqual(['entries/huge.md:- error file-too-large']);
  });

  it('reports a broken settings.yaml or synonyms.yaml without losing the entries problems', async () => {
    await put('entries/flu.md', ENTRY);
    await put('settings.yaml', 'disclaimer: [unclosed\n');
    await put('synonyms.yaml', new Uint8Array([0xff, 0xfe, 0x00]));
    expect(await problems()).toEqual([
      'entries/flu.md:15 error unknown-field',
      'settings.yaml:1 error invalid-yaml',
      'synonyms.yaml:- error not-text',
    ]);
  });
});

describe('folders that are missing or wrong', () => {
  it('reports a folder that does not exist, saying how to point at one', async () => {
    const missing = join(dir, 'no-such-folder');
    const result = await loadKnowledge(missing);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ file: missing, code: 'folder-missing', severity: 'error' }),
    ]);
    expect(result.problems[0]?.fix).toContain('--kb DIR');
  });

  it('reports a file given where a folder is expected', async () => {
    await put('notes.txt', 'hello');
    expect(await problems(join(dir, 'notes.txt'))).toEqual([
      `${join(dir, 'notes.txt')}:- error folder-missing`,
    ]);
  });

  it('reports an entries/ folder with no entries', async () => {
    expect(await problems()).toEqual(['entries/:- error no-entries']);
  });

  it('warns about files it ignores, suggesting the name that was meant', async () => {
    await put('entries/flu.md', ENTRY.replace('unknown_thing: 1\n', ''));
    await put('entries/notes.txt', 'not an entry');
    await put('entries/.DS_Store', 'hidden files are skipped silently');
    await put('synonym.yaml', 'groups: []\n');
    const check = await checkKnowledge(dir, { today: TODAY });
    expect(brief(check.problems)).toEqual([
      'entries/notes.txt:- warning not-an-entry',
      'synonym.yaml:- warning unknown-file',
    ]);
    expect(check.problems.find((found) => found.code === 'unknown-file')?.message).toContain(
      'did you mean "synonyms.yaml"?',
    );
  });

  it('follows sub-folders (and a link back to a parent does not loop)', async () => {
    await cp(fixture('valid/entries'), join(dir, 'entries'), { recursive: true });
    await symlink(join(dir, 'entries'), join(dir, 'entries', 'respiratory', 'loop'));
    const loaded = await loadKnowledge(dir, { today: TODAY });
    expect(loaded.ok && loaded.knowledge.entries.map((entry) => entry.id)).toEqual([
      'cold-vs-flu',
      'flu-symptoms',
      'flu-treatment',
    ]);
  });
});
