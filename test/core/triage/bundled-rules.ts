// The bundled knowledge/triage.yaml, parsed once for the triage tests.
import { readFileSync } from 'node:fs';
import { buildTriageClassifier } from '../../../src/core/triage/classifier.js';
import { parseTriageFile } from '../../../src/core/triage/parse-triage-file.js';

export const TRIAGE_PATH = new URL('../../../knowledge/triage.yaml', import.meta.url).pathname;

export function bundledTriage() {
  const parsed = parseTriageFile(readFileSync(TRIAGE_PATH, 'utf8'), 'triage.yaml');
  return { ...parsed, classifier: buildTriageClassifier(parsed.rules) };
}
