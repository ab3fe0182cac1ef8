// One broken knowledge folder per rule of knowledge-format.md: each must report exactly the
// expected problems, at the right file and line, all at once, and must not load.
import { describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../../src/core/knowledge/check-knowledge.js';
import { loadKnowledge } from '../../../src/core/knowledge/load-knowledge.js';
import { brief, fixture, TODAY } from './fixture-helpers.js';

const CASES: Record<string, string[]> = {
  'front-matter-missing': ['entries/no-front-matter.md:1 error front-matter-missing'],
  'front-matter-unclosed': ['entries/unclosed.md:1 error front-matter-unclosed'],
  'invalid-yaml': ['entries/bad-yaml.md:9 error invalid-yaml'],
  'unknown-field': [
    'entries/typos.md:4 error unknown-field',
    'entries/typos.md:15 error unknown-field',
    'entries/typos.md:16 error unknown-field',
  ],
  'wrong-type': [
    'entries/wrong-types.md:3 error wrong-type',
    'entries/wrong-types.md:8 error wrong-type',
    'entries/wrong-types.md:9 error invalid-value',
    'entries/wrong-types.md:13 error wrong-type',
    'entries/wrong-types.md:18 error wrong-type',
  ],
  'missing-field': [
    'entries/missing-fields.md:3 error missing-field',
    'entries/missing-fields.md:5 error missing-field',
    'entries/missing-fields.md:10 error missing-field', // "questions" is absent: add it above the closing ---
  ],
  'empty-body': ['entries/empty-body.md:15 error empty-body'],
  'duplicate-id': ['entries/b/flu.md:2 error duplicate-id'],
  'id-not-kebab-case': ['entries/flu-symptoms.md:2 error id-not-kebab-case'],
  'unknown-related': [
    'entries/flu-symptoms.md:16 error unknown-related',
    'entries/flu-symptoms.md:17 error unknown-related',
  ],
  'shared-question': ['entries/flu-treatment.md:6 error shared-question'],
  'no-source': ['entries/empty-sources.md:8 error no-source', 'entries/no-sources.md:12 error no-source'],
  'source-not-https': [
    'entries/insecure.md:10 error source-not-https',
    'entries/insecure.md:12 error source-not-https',
  ],
  'review-incomplete': ['entries/half-reviewed.md:11 error review-incomplete'],
  'invalid-date': [
    'entries/bad-dates.md:13 error invalid-date',
    'entries/bad-dates.md:14 error invalid-date',
  ],
  'review-due-before-reviewed': [
    'entries/backwards.md:14 error review-due-before-reviewed',
    'entries/backwards.md:14 warning review-overdue',
  ],
  'synonyms-invalid': [
    'synonyms.yaml:3 error synonym-group-too-small',
    'synonyms.yaml:4 error wrong-type',
    'synonyms.yaml:6 error synonym-group-too-small',
    'synonyms.yaml:6 error wrong-type',
    'synonyms.yaml:7 warning synonym-in-two-groups',
    'synonyms.yaml:8 error unknown-field',
  ],
  'settings-invalid': [
    'settings.yaml:3 error unknown-field',
    'settings.yaml:4 error wrong-type',
    'settings.yaml:5 error empty-value',
  ],
  'missing-entries': ['entries/:- error entries-missing'],
  'many-problems': [
    'entries/flu.md:4 error unknown-field',
    'entries/flu.md:6 error wrong-type',
    'entries/flu.md:9 error source-not-https',
    'entries/flu.md:10 error review-incomplete',
    'entries/flu.md:11 error invalid-date',
    'entries/flu.md:12 error empty-body',
    'entries/other/flu.md:2 error duplicate-id',
  ],
};

const WARNING_CASES: Record<string, string[]> = {
  'file-name-mismatch': ['entries/influenza.md:2 warning file-name-mismatch'],
  'review-overdue': ['entries/overdue.md:14 warning review-overdue'],
  'draft-entry': ['entries/draft.md:11 warning draft-entry'],
  'few-questions': ['entries/few.md:4 warning few-questions'],
  'body-too-long': ['entries/long.md:17 warning body-too-long'],
  'related-self': ['entries/selfish.md:15 warning related-self'],
};

describe('a knowledge folder that breaks a rule', () => {
  for (const [name, expected] of Object.entries(CASES)) {
    it(`${name}: reports every problem with its file and line, and does not load`, async () => {
      const check = await checkKnowledge(fixture(name), { today: TODAY });
      expect(brief(check.problems)).toEqual(expected);
      const loaded = await loadKnowledge(fixture(name), { today: TODAY });
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(brief(loaded.problems)).toEqual(expected);
    });
  }
});

describe('a knowledge folder with only a warning', () => {
  for (const [name, expected] of Object.entries(WARNING_CASES)) {
    it(`${name}: loads, and keeps the warning`, async () => {
      const loaded = await loadKnowledge(fixture(name), { today: TODAY });
      expect(loaded.ok).toBe(true);
      if (loaded.ok) expect(brief(loaded.knowledge.warnings)).toEqual(expected);
    });
  }
});

describe('what the problems say', () => {
  const problemsOf = async (name: string) => (await checkKnowledge(fixture(name), { today: TODAY })).problems;

  it('suggests the known field a typo meant, and does not also call that field missing', async () => {
    const problems = await problemsOf('unknown-field');
    const messages = problems.map((found) => found.message);
    expect(messages).toContain('unknown field "questons" — did you mean "questions"?');
    expect(messages).toContain('unknown field "relatd" — did you mean "related"?');
    expect(problems.find((found) => found.line === 16)?.fix).toMatch(/known fields: id, title, questions/);
    expect(problems.some((found) => found.code === 'missing-field')).toBe(false);
  });

  it('names both files of a duplicate id', async () => {
    const [duplicate] = await problemsOf('duplicate-id');
    expect(duplicate?.message).toContain('entries/a/flu.md');
    expect(duplicate?.message).toContain('entries/b/flu.md');
  });

  it('treats questions as shared after lower-casing, collapsing spaces and dropping end punctuation', async () => {
    const [shared] = await problemsOf('shared-question');
    expect(shared?.message).toContain('entries/flu-symptoms.md:5');
  });

  it('suggests the id a misspelt related id meant', async () => {
    const problems = await problemsOf('unknown-related');
    expect(problems[0]?.message).toContain('did you mean "flu-treatment"?');
    expect(problems[1]?.message).not.toContain('did you mean');
  });

  it('offers the allowed values, and the likely one, for an enum field', async () => {
    const problem = (await problemsOf('wrong-type')).find((found) => found.code === 'invalid-value');
    expect(problem?.message).toContain('none, see-clinician, urgent, emergency');
    expect(problem?.fix).toBe('Write escalation: see-clinician.');
  });

  it('suggests a kebab-case id', async () => {
    const [problem] = await problemsOf('id-not-kebab-case');
    expect(problem?.fix).toContain('id: flu-symptoms');
  });

  it('gives every problem a message and a fix a clinician can act on, each on one line', async () => {
    for (const name of [...Object.keys(CASES), ...Object.keys(WARNING_CASES)]) {
      for (const found of await problemsOf(name)) {
        expect(found.message.length, `${name} ${found.code}`).toBeGreaterThan(10);
        expect(found.fix.length, `${name} ${found.code}`).toBeGreaterThan(10);
        expect(`${found.message}${found.fix}`, `${name} ${found.code}`).not.toContain('\n');
      }
    }
  });

  it('tells how to point at a knowledge folder when entries/ is missing', async () => {
    const [problem] = await problemsOf('missing-entries');
    expect(problem?.fix).toContain('--kb DIR');
  });
});
