// The classifier reuses the rules parseTriageFile compiled, with the messages settings filled in.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSettingsFile } from '../../../src/core/knowledge/parse-settings-file.js';
import { applySettingsToTriage } from '../../../src/core/knowledge/triage-messages.js';
import { buildTriageClassifier } from '../../../src/core/triage/classifier.js';
import { recallCompiled } from '../../../src/core/triage/compiled-rules.js';
import { parseTriageFile } from '../../../src/core/triage/parse-triage-file.js';
import { TRIAGE_PATH } from './bundled-rules.js';
import { makeRule } from './make-rule.js';

const text = readFileSync(TRIAGE_PATH, 'utf8');

describe('compiled triage rules', () => {
  it('are recalled for the same rules after settings fill in their messages, with those messages', () => {
    const parsed = parseTriageFile(text, 'triage.yaml');
    const settings = { ...parseSettingsFile('emergency_number: "112"\n').settings };
    const { rules } = applySettingsToTriage(parsed.rules, text, 'triage.yaml', settings);
    const recalled = recallCompiled(rules);
    expect(recalled?.compiled.map((c) => c.rule)).toEqual(rules);
    const result = buildTriageClassifier(rules).classify('my dad has crushing chest pain and is sweating');
    expect(result?.level).toBe('emergency');
    expect(result?.message).toContain('112');
    expect(result?.message).not.toContain('{emergency_number}');
  });

  it('are compiled afresh for rules that were never parsed from a file', () => {
    expect(recallCompiled([makeRule('x', 'urgent', 'rash')])).toBeNull();
    expect(buildTriageClassifier([makeRule('x', 'urgent', 'rash')]).classify('a rash on my arm')?.rule).toBe(
      'x',
    );
  });
});
