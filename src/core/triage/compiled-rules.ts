// Compiling the triage rules takes about half a second, and every knowledge load used to do it
// twice: parseTriageFile compiles them to run their examples, and the classifier compiled the same
// rules again once settings had filled in their messages. The compiled rules are remembered here,
// by each rule's `match` list (the copy with filled-in messages shares it), so the classifier
// reuses them. Remembered weakly: a reload's old rules go with their knowledge.
import type { CompiledRule } from './compile-rule.js';
import type { TriageRule } from './rule.js';
import type { Vocabulary } from './vocabulary.js';

interface Remembered {
  vocabulary: Vocabulary;
  compiled: CompiledRule;
}

const byMatchList = new WeakMap<TriageRule['match'], Remembered>();

export function rememberCompiled(compiled: CompiledRule, vocabulary: Vocabulary): void {
  byMatchList.set(compiled.rule.match, { vocabulary, compiled });
}

/**
 * The rules as compiled together by parseTriageFile, each carrying the rule given here (so a
 * filled-in message is the one shown); null unless every rule was compiled into one vocabulary.
 */
export function recallCompiled(
  rules: readonly TriageRule[],
): { vocabulary: Vocabulary; compiled: CompiledRule[] } | null {
  let vocabulary: Vocabulary | undefined;
  const compiled: CompiledRule[] = [];
  for (const rule of rules) {
    const remembered = byMatchList.get(rule.match);
    if (!remembered || (vocabulary !== undefined && remembered.vocabulary !== vocabulary)) return null;
    vocabulary = remembered.vocabulary;
    compiled.push({ ...remembered.compiled, rule });
  }
  return vocabulary === undefined ? null : { vocabulary, compiled };
}
