// triage.yaml is parsed by the triage module; the knowledge checker must pass it the file and
// report its problems with everyone else's.
import { describe, expect, it, vi } from 'vitest';
import { checkKnowledgeFiles } from '../../../src/core/knowledge/check-knowledge.js';
import type { TriageRule } from '../../../src/core/types.js';

const rule: TriageRule = {
  id: 'stroke-signs',
  level: 'emergency',
  message: 'Call 911 now.',
  match: ['face drooping'],
  not: [],
  meansIt: [],
  questions: 'skip',
  words: {},
  examples: { trigger: ['my face is drooping'], ignore: [] },
};

const parseTriageFile = vi.hoisted(() => vi.fn());
vi.mock('../../../src/core/triage/parse-triage-file.js', () => ({ parseTriageFile }));

const encode = (text: string) => new TextEncoder().encode(text);
const ENTRY = encode(
  '---\nid: flu\ntitle: Flu\nquestions: [a, b, c]\nsources:\n  - {title: CDC, url: "https://www.cdc.gov/"}\n---\nBody.\n',
);

describe('triage.yaml', () => {
  it('is handed to the triage parser, and its rules and problems are kept', () => {
    parseTriageFile.mockReturnValue({
      rules: [rule],
      problems: [
        {
          severity: 'error',
          file: 'triage.yaml',
          line: 3,
          code: 'triage-x',
          message: 'bad rule.',
          fix: 'Fix it.',
        },
      ],
    });
    const check = checkKnowledgeFiles(
      [
        { path: 'entries/flu.md', bytes: ENTRY },
        { path: 'triage.yaml', bytes: encode('\uFEFFrules:\r\n  - id: stroke-signs\r\n') },
      ],
      { today: '2026-11-27' },
    );
    expect(parseTriageFile).toHaveBeenCalledWith('rules:\n  - id: stroke-signs\n', 'triage.yaml');
    expect(check.triageRules).toEqual([rule]);
    expect(check.problems.map((found) => `${found.file}:${found.line} ${found.code}`)).toEqual([
      'entries/flu.md:2 draft-entry',
      'triage.yaml:3 triage-x',
    ]);
  });

  it('when missing, gives a warning that no red flags can be escalated', () => {
    parseTriageFile.mockClear();
    const check = checkKnowledgeFiles([{ path: 'entries/flu.md', bytes: ENTRY }], { today: '2026-11-27' });
    expect(parseTriageFile).not.toHaveBeenCalled();
    expect(check.problems.find((found) => found.code === 'triage-missing')).toMatchObject({
      severity: 'warning',
      file: 'triage.yaml',
    });
  });
});
