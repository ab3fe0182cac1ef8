// Parses and checks knowledge/triage.yaml. (Stub: the triage module replaces this.)
import type { Problem } from '../types.js';
import type { TriageRule } from './rule.js';

export function parseTriageFile(_text: string, _file: string): { rules: TriageRule[]; problems: Problem[] } {
  return { rules: [], problems: [] };
}
