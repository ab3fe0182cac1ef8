// What a clinician sees when editing triage.yaml: schema errors and example failures, each with
// the rule, the example and its line.
import { describe, expect, it } from 'vitest';
import { buildTriageClassifier } from '../../../src/core/triage/classifier.js';
import { parseTriageFile } from '../../../src/core/triage/parse-triage-file.js';

const file = (rules: string, words = '') => `# test file\nversion: 1\n${words}rules:\n${rules}`;

const chestRule = `  - id: chest-pain
    level: emergency
    message: "Call 911 now."
    match:
      - "chest pain/pressure"
    not:
      - "heart attack of a bill"
    examples:
      trigger:
        - "crushing chest pain"
        - "my dad has a heart attack"
      ignore:
        - "i have no chest pain at all"
        - "the chest pain in this movie was fake"
`;

describe('parseTriageFile', () => {
  it('reads a valid rule with its examples, level and message', () => {
    const { rules, problems } = parseTriageFile(
      file(
        `  - id: stiff-neck
    level: emergency
    message: "Call 911 now."
    match:
      - all:
          - ~fever
          - stiff neck
    examples:
      trigger: ["fever and a stiff neck"]
      ignore: ["stiff neck from sleeping badly"]
`,
        'words:\n  fever: [fever*, temperature]\n',
      ),
      'triage.yaml',
    );
    expect(problems).toEqual([]);
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({
      id: 'stiff-neck',
      level: 'emergency',
      message: 'Call 911 now.',
      line: 6,
    });
    expect(buildTriageClassifier(rules).classify('feverish with a stiff neck')?.rule).toBe('stiff-neck');
  });

  it('reports a trigger example the rule misses and an ignore example it catches, with their lines', () => {
    const { problems } = parseTriageFile(file(chestRule), 'triage.yaml');
    const missed = problems.find((p) => p.code === 'triage-example-missed');
    const caught = problems.find((p) => p.code === 'triage-example-caught');
    expect(missed).toMatchObject({ severity: 'error', file: 'triage.yaml', line: 14 });
    expect(missed?.message).toContain('chest-pain');
    expect(missed?.message).toContain('my dad has a heart attack');
    expect(caught).toMatchObject({ severity: 'error', line: 17 });
    expect(caught?.message).toContain('the chest pain in this movie was fake');
    expect(caught?.fix).toMatch(/not:/);
    // "no chest pain" is a negation: not reported.
    expect(problems).toHaveLength(2);
  });

  it('names the field and line of a schema error and says how to fix it', () => {
    const { rules, problems } = parseTriageFile(
      file(`  - id: chest-pain
    level: critical
    message: "Call 911 now."
    match: ["chest pain"]
    examples:
      trigger: ["chest pain"]
`),
      'triage.yaml',
    );
    expect(rules).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'triage-schema', line: 5 });
    expect(problems[0]?.message).toContain('rules.0.level');
    expect(problems[0]?.fix).toContain('emergency, crisis, urgent');
  });

  it('rejects an unknown word list and an unknown check, naming the rule', () => {
    const { problems } = parseTriageFile(
      file(`  - id: odd
    level: urgent
    message: "See a clinician today."
    match:
      - "~nowhere pain"
      - check: temperature above 40
    examples:
      trigger: ["pain"]
`),
      'triage.yaml',
    );
    expect(problems.map((p) => p.code)).toEqual(['triage-phrase', 'triage-phrase']);
    expect(problems[0]?.message).toContain('~nowhere');
    expect(problems[0]?.line).toBe(4);
    expect(problems[1]?.message).toContain('temperature above 40');
    expect(problems[1]?.fix).toContain('temperature >= 40 C');
  });

  it('reports YAML syntax errors with their line', () => {
    const { problems } = parseTriageFile('rules:\n  - id: x\n    level: [urgent\n', 'triage.yaml');
    expect(problems[0]?.code).toBe('yaml-syntax');
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('rejects duplicate rule ids', () => {
    const rule = `  - id: same
    level: urgent
    message: "See a clinician today."
    match: ["eye injury"]
    examples:
      trigger: ["eye injury"]
`;
    const { problems } = parseTriageFile(file(rule + rule), 'triage.yaml');
    expect(problems.map((p) => p.code)).toEqual(['triage-duplicate-id']);
    expect(problems[0]?.line).toBe(10);
  });
});
