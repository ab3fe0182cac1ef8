// Shape of a red-flag rule from knowledge/triage.yaml. (Owned by the triage module.)
import type { TriageLevel } from '../types.js';

export interface TriageRule {
  id: string;
  level: TriageLevel;
  /** Shown first, before any knowledge content. */
  message: string;
  /** Example messages the checker runs: `trigger` must match this rule, `ignore` must not. */
  examples: { trigger: string[]; ignore: string[] };
}
