// Red-flag triage: runs before anything else. Returns the most severe rule that fires
// (emergency > crisis > urgent; within a level, the first in triage.yaml).
import { TRIAGE_LEVELS, type TriageResult } from '../types.js';
import { type CompiledRule, compileRule, MessageContext } from './compile-rule.js';
import { recallCompiled } from './compiled-rules.js';
import { crisisFeaturesOfWords } from './crisis-model/features.js';
import { type CrisisModel, crisisProbability } from './crisis-model/model.js';
import type { TriageRule } from './rule.js';
import { Vocabulary } from './vocabulary.js';

export interface TriageClassifier {
  classify(text: string): TriageResult | null;
}

/** The rule id a crisis found by the statistical model (not a rule of triage.yaml) reports. */
export const CRISIS_MODEL_RULE = 'crisis-language-model';

export interface CrisisCheck {
  model: CrisisModel;
  /** What a crisis found by the model shows: the knowledge's `crisis_text`. */
  message: string;
}

function compileAll(rules: readonly TriageRule[]): { vocabulary: Vocabulary; compiled: CompiledRule[] } {
  const vocabulary = new Vocabulary();
  const compiled = rules.map((rule) => {
    const result = compileRule(rule, vocabulary);
    if (!result.ok)
      throw new Error(`triage rule "${rule.id}" does not compile: ${result.problems[0]?.message}`);
    return result.compiled;
  });
  return { vocabulary, compiled };
}

/**
 * Compiles the rules once, or reuses what parseTriageFile compiled for the same rules. Rules come
 * from parseTriageFile, which has already reported any problem to the clinician, so a rule that
 * does not compile here is a bug.
 */
export function buildTriageClassifier(rules: readonly TriageRule[], crisis?: CrisisCheck): TriageClassifier {
  const { vocabulary, compiled } = recallCompiled(rules) ?? compileAll(rules);
  const bySeverity = [...compiled].sort(
    (a, b) => TRIAGE_LEVELS.indexOf(a.rule.level) - TRIAGE_LEVELS.indexOf(b.rule.level),
  );
  return {
    classify(text) {
      const context = new MessageContext(text, vocabulary);
      // Most messages hold none of a rule's words: skip those rules without matching phrases.
      const hit = bySeverity.find((rule) => context.mayHold(rule.trigger) && rule.matches(context));
      const found = hit ? { level: hit.rule.level, rule: hit.rule.id, message: hit.rule.message } : null;
      if (found && found.level !== 'urgent') return found;
      // The model only adds: a crisis it reads outranks an urgent rule, and nothing outranks a rule's
      // emergency. It reads the words triage has already normalised.
      const words = context.doc.words;
      if (crisis && crisisProbability(crisis.model, crisisFeaturesOfWords(words)) >= crisis.model.threshold) {
        return { level: 'crisis', rule: CRISIS_MODEL_RULE, message: crisis.message };
      }
      return found;
    },
  };
}
