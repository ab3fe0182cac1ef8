// A valid knowledge folder loads into the Entry, settings and synonyms the rest of vetted uses.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/knowledge/default-settings.js';
import { loadKnowledge } from '../../../src/core/knowledge/load-knowledge.js';
import type { Knowledge } from '../../../src/core/types.js';
import { brief, fixture, TODAY } from './fixture-helpers.js';

async function loadValid(dir = fixture('valid')): Promise<Knowledge> {
  const result = await loadKnowledge(dir, { today: TODAY });
  if (!result.ok) throw new Error(`expected the fixture to load:\n${brief(result.problems).join('\n')}`);
  return result.knowledge;
}

const temporary: string[] = [];
afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('loading a valid knowledge folder', () => {
  it('finds every entry at any depth, in path order, with a byId map', async () => {
    const knowledge = await loadValid();
    expect(knowledge.entries.map((entry) => entry.file)).toEqual([
      'entries/cold-vs-flu.md',
      'entries/respiratory/flu-symptoms.md',
      'entries/respiratory/flu-treatment.md',
    ]);
    expect([...knowledge.byId.keys()].sort()).toEqual(['cold-vs-flu', 'flu-symptoms', 'flu-treatment']);
    expect(knowledge.dir).toBe(fixture('valid'));
  });

  it('maps every front matter field to the camelCase Entry', async () => {
    const knowledge = await loadValid();
    const bytes = await readFile(fixture('valid/entries/respiratory/flu-symptoms.md'));
    expect(knowledge.byId.get('flu-symptoms')).toEqual({
      id: 'flu-symptoms',
      title: 'Flu symptoms',
      questions: [
        'what are the symptoms of the flu',
        'how do I know if I have influenza or just a cold',
        'fever body aches and chills, is it flu',
      ],
      tags: ['influenza', 'respiratory', 'fever'],
      escalation: 'see-clinician',
      seeClinicianIf: [
        'you are short of breath or have chest pain',
        'symptoms improve and then come back worse',
      ],
      sources: [{ title: 'CDC — Signs and symptoms of flu', url: 'https://www.cdc.gov/flu/signs-symptoms/' }],
      status: 'reviewed',
      reviewedBy: 'Jane Roe, MD',
      reviewedOn: '2026-10-01',
      reviewDue: '2027-10-01',
      locale: 'en-US',
      related: ['flu-treatment', 'cold-vs-flu'],
      body: 'Flu usually starts suddenly: fever, chills, aches and tiredness.\n\nMost people get better within two weeks.',
      file: 'entries/respiratory/flu-symptoms.md',
      contentHash: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
    });
  });

  it('fills the documented defaults for optional fields', async () => {
    const entry = (await loadValid()).byId.get('flu-treatment');
    expect(entry).toMatchObject({
      tags: [],
      escalation: 'none',
      seeClinicianIf: [],
      status: 'draft',
      locale: 'en',
      related: [],
    });
    expect(entry).not.toHaveProperty('reviewedBy');
  });

  it('keeps warnings (here: the draft and the missing triage.yaml) without failing', async () => {
    const knowledge = await loadValid();
    expect(knowledge.warnings.map((found) => `${found.file} ${found.code}`)).toEqual([
      'entries/respiratory/flu-treatment.md draft-entry',
      'triage.yaml triage-missing',
    ]);
  });

  it('reads settings.yaml over the US defaults, keeping phone numbers as written', async () => {
    const { settings } = await loadValid();
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      locale: 'en-GB',
      emergencyNumber: '999',
      crisisLine: '116 123',
      // Default texts and the file's own texts take the numbers the file sets, never the US ones.
      emergencyText:
        'Call 999 (or your local emergency number) now, or go to the nearest emergency department.',
      crisisText:
        'You are not alone. Call 116 123 (Samaritans) free, any time. If you are in immediate danger, call 999.',
      noAnswerText: DEFAULT_SETTINGS.noAnswerText.replace('call 911', 'call 999'),
    });
  });

  it('reads synonym groups in both YAML list styles', async () => {
    expect((await loadValid()).synonyms).toEqual([
      ['pink eye', 'conjunctivitis'],
      ['shot', 'jab', 'vaccine'],
      ['high blood pressure', 'hypertension'],
    ]);
  });

  it('uses US defaults when there is no settings.yaml', async () => {
    const loaded = await loadKnowledge(fixture('draft-entry'), { today: TODAY });
    expect(loaded.ok && loaded.knowledge.settings).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.emergencyNumber).toBe('911');
    expect(DEFAULT_SETTINGS.crisisLine).toBe('988');
    expect(DEFAULT_SETTINGS.poisonControl).toBe('1-800-222-1222');
  });

  it('has a version that is stable across loads and changes when any file changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vetted-kb-'));
    temporary.push(dir);
    await cp(fixture('valid'), dir, { recursive: true });
    const first = await loadValid(dir);
    const again = await loadValid(dir);
    expect(again.version).toBe(first.version);
    expect(first.version).toMatch(/^[0-9a-f]{16}$/);
    expect(Date.parse(first.loadedAt)).not.toBeNaN();

    await writeFile(join(dir, 'synonyms.yaml'), 'groups:\n  - [flu, influenza]\n');
    const changed = await loadValid(dir);
    expect(changed.version).not.toBe(first.version);
    // Entry hashes say which exact text answered: unchanged files keep theirs.
    expect(changed.byId.get('flu-symptoms')?.contentHash).toBe(first.byId.get('flu-symptoms')?.contentHash);
  });
});
