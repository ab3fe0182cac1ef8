// Red-flag triage: runs before anything else. (Stub.)
import type { TriageResult } from '../types.js';
import type { TriageRule } from './rule.js';

export interface TriageClassifier {
  classify(text: string): TriageResult | null;
}

export function buildTriageClassifier(_rules: readonly TriageRule[]): TriageClassifier {
  return { classify: () => null };
}
