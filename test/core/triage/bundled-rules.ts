// The bundled knowledge/triage.yaml, parsed once for the triage tests.
import { readFileSync } from 'node:fs';
import { parseSettingsFile } from '../../../src/core/knowledge/parse-settings-file.js';
import { applySettingsToTriage } from '../../../src/core/knowledge/triage-messages.js';
import { buildTriageClassifier } from '../../../src/core/triage/classifier.js';
import { parseTriageFile } from '../../../src/core/triage/parse-triage-file.js';

export const TRIAGE_PATH = new URL('../../../knowledge/triage.yaml', import.meta.url).pathname;
const SETTINGS_PATH = new URL('../../../knowledge/settings.yaml', import.meta.url).pathname;

export function bundledTriage() {
  const text = readFileSync(TRIAGE_PATH, 'utf8');
  const parsed = parseTriageFile(text, 'triage.yaml');
  // Messages name numbers as {emergency_number} etc.; fill them from settings.yaml as loading does.
  const { settings } = parseSettingsFile(readFileSync(SETTINGS_PATH, 'utf8'));
  const { rules } = applySettingsToTriage(parsed.rules, text, 'triage.yaml', settings);
  return { ...parsed, rules, classifier: buildTriageClassifier(rules) };
}
