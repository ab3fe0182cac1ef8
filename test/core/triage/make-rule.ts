// A one-phrase triage rule for classifier tests, as parseTriageFile would return it.
import type { TriageRule } from '../../../src/core/triage/rule.js';

export function makeRule(id: string, level: TriageRule['level'], phrase: string): TriageRule {
  return {
    id,
    level,
    message: `${id} message`,
    match: [phrase],
    not: [],
    meansIt: [],
    questions: 'skip',
    words: {},
    examples: { trigger: [phrase], ignore: [] },
  };
}
