// Compiles a TriageRule (as written by clinicians) into a predicate over one message.
import { type Check, compileCheck } from './checks.js';
import { inLongPast } from './long-past.js';
import { isNegated } from './negation.js';
import { type Doc, normalise } from './normalise.js';
import { compilePhrase, findSpans, mayMatch, overlaps, type Phrase, type Span } from './phrase.js';
import { isInformationQuestion } from './question-framing.js';
import type { MatchPart, TriageRule } from './rule.js';
import type { Vocabulary } from './vocabulary.js';

const NO_SPANS: readonly Span[] = [];

/** One message, normalised once and shared by every rule. */
export class MessageContext {
  readonly doc: Doc;
  private readonly atomSets: ReadonlySet<number>[];
  private readonly present = new Set<number>();
  private readonly spans = new Map<Phrase, readonly Span[]>();
  private informational: boolean | undefined;

  constructor(text: string, vocabulary: Vocabulary) {
    this.doc = normalise(text);
    this.atomSets = this.doc.words.map((word) => vocabulary.matches(word));
    for (const atoms of this.atomSets) for (const atom of atoms) this.present.add(atom);
  }

  /** Whether any word of the message stands for one of these atoms. */
  holdsAny(atoms: ReadonlySet<number>): boolean {
    return overlaps(atoms, this.present);
  }

  /** Where the phrase matches, negated ("no fever") and long-past ("in 2019") matches left out. */
  spansOf(phrase: Phrase): readonly Span[] {
    let found = this.spans.get(phrase);
    if (!found) {
      found = !mayMatch(phrase, this.present)
        ? NO_SPANS
        : findSpans(phrase, this.doc.words.length, this.doc.sentence, (i, atom) =>
            (this.atomSets[i] as ReadonlySet<number>).has(atom),
          ).filter((span) => !isNegated(this.doc, span.start) && !inLongPast(this.doc, span.start));
      this.spans.set(phrase, found);
    }
    return found;
  }

  isInformationQuestion(): boolean {
    this.informational ??= isInformationQuestion(this.doc);
    return this.informational;
  }
}

/** Evidence for one part: the sentences it was found in. */
type Part = (context: MessageContext) => number[];

/**
 * Atoms of which a message must hold at least one for something to match; null when nothing
 * so simple is needed (a check on numbers, a phrase of optional words only).
 */
type Trigger = ReadonlySet<number> | null;

export interface CompiledRule {
  rule: TriageRule;
  /** A quick necessary condition: a message holding none of these atoms cannot fire the rule. */
  trigger: Trigger;
  matches(context: MessageContext): boolean;
}

export type CompileResult =
  | { ok: true; compiled: CompiledRule }
  | { ok: false; problems: { message: string; fix: string }[] };

function union(triggers: Trigger[]): Trigger {
  const all = new Set<number>();
  for (const trigger of triggers) {
    if (trigger === null) return null;
    for (const atom of trigger) all.add(atom);
  }
  return all;
}

/** A phrase needs every required place filled: the smallest place is its cheapest test. */
function triggerOfPhrase(phrase: Phrase): Trigger {
  let smallest: Trigger = null;
  for (const place of phrase.required) if (smallest === null || place.size < smallest.size) smallest = place;
  return smallest;
}

export function compileRule(rule: TriageRule, vocabulary: Vocabulary): CompileResult {
  const problems: { message: string; fix: string }[] = [];
  const phrase = (source: string): Phrase | null => {
    const result = compilePhrase(source, rule.words, vocabulary);
    if (result.ok) return result.phrase;
    problems.push({ message: `rule "${rule.id}": ${result.message}`, fix: result.fix });
    return null;
  };
  const nots = rule.not.map(phrase).filter((p): p is Phrase => p !== null);
  const notOverlaps = (context: MessageContext, span: Span) =>
    nots.some((not) => context.spansOf(not).some((n) => n.start < span.end && span.start < n.end));

  interface Compiled {
    part: Part;
    trigger: Trigger;
  }
  const compileCheckPart = (source: string): Compiled | null => {
    const result = compileCheck(source);
    if (result.ok) {
      const check: Check = result.check;
      return { part: (context) => check(context.doc), trigger: null };
    }
    problems.push({ message: `rule "${rule.id}": ${result.message}`, fix: result.fix });
    return null;
  };
  const compilePhrasePart = (source: string): Compiled | null => {
    const p = phrase(source);
    if (!p) return null;
    return {
      part: (context) => {
        const spans = context.spansOf(p);
        if (spans.length === 0) return [];
        return spans
          .filter((span) => !notOverlaps(context, span))
          .map((span) => context.doc.sentence[span.start] ?? 0);
      },
      trigger: triggerOfPhrase(p),
    };
  };
  /** A part is a phrase, a check, or a list of them: its evidence is all of theirs. */
  const compilePart = (part: MatchPart): Compiled | null => {
    const pieces = (Array.isArray(part) ? part : [part])
      .map((piece) => (typeof piece === 'string' ? compilePhrasePart(piece) : compileCheckPart(piece.check)))
      .filter((p): p is Compiled => p !== null);
    if (pieces.length === 1) return pieces[0] as Compiled;
    const parts = pieces.map((piece) => piece.part);
    return {
      part: (context) => parts.flatMap((piece) => piece(context)),
      trigger: union(pieces.map((piece) => piece.trigger)),
    };
  };

  const items: ((context: MessageContext) => boolean)[] = [];
  const triggers: Trigger[] = [];
  for (const item of rule.match) {
    if (typeof item === 'object' && 'all' in item) {
      const compiled = item.all.map(compilePart).filter((p): p is Compiled => p !== null);
      const parts = compiled.map((c) => c.part);
      const sameSentence = item.within === 'sentence';
      items.push((context) => {
        let shared: Set<number> | null = null;
        for (const part of parts) {
          const sentences = part(context);
          if (sentences.length === 0) return false;
          if (!sameSentence) continue;
          const here: Set<number> = new Set(sentences.filter((s) => shared === null || shared.has(s)));
          if (here.size === 0) return false;
          shared = here;
        }
        return true;
      });
      // Every part must be found, so any one part's trigger is a necessary condition: the smallest.
      let smallest: Trigger = null;
      for (const { trigger } of compiled)
        if (trigger !== null && (smallest === null || trigger.size < smallest.size)) smallest = trigger;
      triggers.push(smallest);
      continue;
    }
    const compiled = compilePart(item);
    if (compiled) {
      const part = compiled.part;
      items.push((context) => part(context).length > 0);
      triggers.push(compiled.trigger);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    compiled: {
      rule,
      trigger: union(triggers),
      matches(context) {
        // Both tests are pure; the cheaper, usually false one first.
        if (!items.some((item) => item(context))) return false;
        return !(rule.questions === 'skip' && context.isInformationQuestion());
      },
    },
  };
}
