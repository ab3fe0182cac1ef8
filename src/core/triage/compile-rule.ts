// Compiles a TriageRule (as written by clinicians) into a predicate over one message.
import { type Check, compileCheck } from './checks.js';
import { inLongPast } from './long-past.js';
import { isNegated } from './negation.js';
import { type Doc, normalise } from './normalise.js';
import { compilePhrase, findSpans, mayMatch, type Phrase, type Span } from './phrase.js';
import { isInformationQuestion } from './question-framing.js';
import type { MatchPart, TriageRule } from './rule.js';
import type { Vocabulary } from './vocabulary.js';

/** One message, normalised once and shared by every rule. */
export class MessageContext {
  readonly doc: Doc;
  private readonly atomSets: ReadonlySet<number>[];
  private readonly present = new Set<number>();
  private readonly spans = new Map<Phrase, Span[]>();
  private informational: boolean | undefined;

  constructor(text: string, vocabulary: Vocabulary) {
    this.doc = normalise(text);
    this.atomSets = this.doc.words.map((word) => vocabulary.matches(word));
    for (const atoms of this.atomSets) for (const atom of atoms) this.present.add(atom);
  }

  /** Where the phrase matches, negated ("no fever") and long-past ("in 2019") matches left out. */
  spansOf(phrase: Phrase): Span[] {
    let found = this.spans.get(phrase);
    if (!found) {
      found = !mayMatch(phrase, (atom) => this.present.has(atom))
        ? []
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

export interface CompiledRule {
  rule: TriageRule;
  matches(context: MessageContext): boolean;
}

export type CompileResult =
  | { ok: true; compiled: CompiledRule }
  | { ok: false; problems: { message: string; fix: string }[] };

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

  const compileCheckPart = (source: string): Part | null => {
    const result = compileCheck(source);
    if (result.ok) {
      const check: Check = result.check;
      return (context) => check(context.doc);
    }
    problems.push({ message: `rule "${rule.id}": ${result.message}`, fix: result.fix });
    return null;
  };
  const compilePhrasePart = (source: string): Part | null => {
    const p = phrase(source);
    if (!p) return null;
    return (context) =>
      context
        .spansOf(p)
        .filter((span) => !notOverlaps(context, span))
        .map((span) => context.doc.sentence[span.start] ?? 0);
  };
  /** A part is a phrase, a check, or a list of them: its evidence is all of theirs. */
  const compilePart = (part: MatchPart): Part | null => {
    const pieces = (Array.isArray(part) ? part : [part])
      .map((piece) => (typeof piece === 'string' ? compilePhrasePart(piece) : compileCheckPart(piece.check)))
      .filter((p): p is Part => p !== null);
    if (pieces.length === 1) return pieces[0] as Part;
    return (context) => pieces.flatMap((piece) => piece(context));
  };

  const items: ((context: MessageContext) => boolean)[] = [];
  for (const item of rule.match) {
    if (typeof item === 'object' && 'all' in item) {
      const parts = item.all.map(compilePart).filter((p): p is Part => p !== null);
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
      continue;
    }
    const part = compilePart(item);
    if (part) items.push((context) => part(context).length > 0);
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    compiled: {
      rule,
      matches(context) {
        if (rule.questions === 'skip' && context.isInformationQuestion()) return false;
        return items.some((item) => item(context));
      },
    },
  };
}
