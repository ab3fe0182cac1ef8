// Compiles a TriageRule (as written by clinicians) into a predicate over one message.
import { AtomPositions } from './atom-positions.js';
import { type Check, compileCheck } from './checks.js';
import { inLongPast } from './long-past.js';
import { isQuoted, namesMadeUpSource } from './made-up.js';
import { isHedged, isNegated, isNegatedWithin } from './negation.js';
import { type Doc, normalise } from './normalise.js';
import { compilePhrase, findSpans, mayMatch, type PatternNode, type Phrase, type Span } from './phrase.js';
import { isInformationQuestion } from './question-framing.js';
import type { MatchPart, TriageRule } from './rule.js';
import { SpanCover } from './span-cover.js';
import { bestPlace } from './trigger-index.js';
import type { Vocabulary } from './vocabulary.js';

const NO_SPANS: readonly Span[] = [];

/** One message, normalised once and shared by every rule. */
export class MessageContext {
  readonly doc: Doc;
  private readonly atomSets: ReadonlySet<number>[];
  private readonly present = new Set<number>();
  /** 1 at the slot of every trigger (vocabulary.triggers) this message meets. */
  private readonly triggers: Uint8Array;
  private readonly positions: AtomPositions;
  private readonly spans = new Map<Phrase, readonly Span[]>();
  private readonly covers = new Map<readonly Phrase[], SpanCover>();
  /** inLongPast by clause: it reads the whole clause, whichever word of it is asked about. */
  private readonly longPast = new Map<number, boolean>();
  private informational: boolean | undefined;
  private madeUp: boolean | undefined;

  constructor(
    text: string,
    private readonly vocabulary: Vocabulary,
  ) {
    this.doc = normalise(text);
    this.atomSets = this.doc.words.map((word) => vocabulary.matches(word));
    for (const atoms of this.atomSets) for (const atom of atoms) this.present.add(atom);
    this.positions = new AtomPositions(this.atomSets);
    this.triggers = vocabulary.triggers.mark(this.present);
  }

  /** False when the message holds no atom of the trigger, so what it guards cannot match. */
  mayHold(trigger: Trigger): boolean {
    // A trigger registered after this message was read (a rule compiled later) has no mark: no test.
    return trigger === null || trigger >= this.triggers.length || this.triggers[trigger] === 1;
  }

  /**
   * Where the phrase matches, leaving out negated ("no fever", "my face isn't drooping"),
   * long-past ("in 2019") and quoted-from-a-film ("a line in a film: 'he's not breathing'") matches.
   */
  spansOf(phrase: Phrase): readonly Span[] {
    let found = this.spans.get(phrase);
    if (!found) {
      found = !mayMatch(phrase, this.present)
        ? NO_SPANS
        : findSpans(
            phrase,
            this.atomSets,
            this.doc.sentence,
            phrase.first === null ? undefined : this.positions.of(phrase.first),
          ).filter((span) => this.counts(phrase, span));
      this.spans.set(phrase, found);
    }
    return found;
  }

  private counts(phrase: Phrase, span: Span): boolean {
    // Crisis language keeps to the plain negations ("no", "never"): "i'm not afraid to die" is the
    // warning. "It isn't hurting much" still hurts.
    const states = !SPOKEN_WARNINGS.has(phrase) && !isHedged(this.doc, span.end);
    if (isNegated(this.doc, span.start, states) || this.inLongPast(span.start)) return false;
    // A phrase that spells out "not" ("~cannot ... ~breathe") has read the negation itself.
    if (states && isNegatedWithin(this.doc, span.start, span.end) && !spellsNot(phrase, this.vocabulary)) {
      return false;
    }
    if (isQuoted(this.doc, span.start, span.end)) {
      this.madeUp ??= namesMadeUpSource(this.doc);
      if (this.madeUp) return false;
    }
    return true;
  }

  /** Where any of the phrases matches (as spansOf), for overlap tests; one per list and message. */
  coverOf(phrases: readonly Phrase[]): SpanCover {
    let cover = this.covers.get(phrases);
    if (!cover) {
      cover = new SpanCover(phrases.flatMap((phrase) => this.spansOf(phrase)));
      this.covers.set(phrases, cover);
    }
    return cover;
  }

  private inLongPast(position: number): boolean {
    const clause = this.doc.clause[position] ?? -1;
    let past = this.longPast.get(clause);
    if (past === undefined) {
      past = inLongPast(this.doc, position);
      this.longPast.set(clause, past);
    }
    return past;
  }

  isInformationQuestion(): boolean {
    this.informational ??= isInformationQuestion(this.doc);
    return this.informational;
  }
}

/**
 * Phrases of rules whose words are the warning even in a question (`questions: escalate`, crisis
 * language): only the plain negations apply to them.
 */
const SPOKEN_WARNINGS = new WeakSet<Phrase>();

/** Whether a phrase has the word "not" in it, by phrase: computed once. */
const SPELLS_NOT = new WeakMap<Phrase, boolean>();

function spellsNot(phrase: Phrase, vocabulary: Vocabulary): boolean {
  let known = SPELLS_NOT.get(phrase);
  if (known === undefined) {
    const has = (nodes: readonly PatternNode[]): boolean =>
      nodes.some((node) =>
        node.kind === 'atom'
          ? vocabulary.textOf(node.id) === 'not'
          : node.kind === 'choice' && node.options.some(has),
      );
    known = has(phrase.nodes);
    SPELLS_NOT.set(phrase, known);
  }
  return known;
}

/** A slot in vocabulary.triggers (see trigger-index.ts); null when there is no quick test. */
export type Trigger = number | null;

/** Evidence for one part: the sentences it was found in. */
type Evidence = (context: MessageContext) => number[];

/** A phrase or a check, or a list of them; `atoms`: one of these must be present (null: no test). */
interface Part {
  evidence: Evidence;
  atoms: ReadonlySet<number> | null;
}

export interface CompiledRule {
  rule: TriageRule;
  /** A message that does not hold this trigger cannot fire the rule. */
  trigger: Trigger;
  matches(context: MessageContext): boolean;
}

export type CompileResult =
  | { ok: true; compiled: CompiledRule }
  | { ok: false; problems: { message: string; fix: string }[] };

/** Any one of several parts will do: the message must hold an atom of one of them. */
function union(sets: (ReadonlySet<number> | null)[]): ReadonlySet<number> | null {
  const all = new Set<number>();
  for (const set of sets) {
    if (set === null) return null;
    for (const atom of set) all.add(atom);
  }
  return all;
}

export function compileRule(rule: TriageRule, vocabulary: Vocabulary): CompileResult {
  const problems: { message: string; fix: string }[] = [];
  const textOf = (atom: number) => vocabulary.textOf(atom);
  const slotOf = (atoms: ReadonlySet<number> | null): Trigger =>
    atoms === null ? null : vocabulary.triggers.add(atoms);
  const phrase = (source: string): Phrase | null => {
    const result = compilePhrase(source, rule.words, vocabulary);
    if (result.ok) {
      if (rule.questions === 'escalate') SPOKEN_WARNINGS.add(result.phrase);
      return result.phrase;
    }
    problems.push({ message: `rule "${rule.id}": ${result.message}`, fix: result.fix });
    return null;
  };
  const nots = rule.not.map(phrase).filter((p): p is Phrase => p !== null);
  const meansIt = rule.meansIt.map(phrase).filter((p): p is Phrase => p !== null);
  // A figure of speech stops counting as one once the person says they mean it.
  const saysTheyMeanIt = (context: MessageContext) =>
    meansIt.some((serious) => context.spansOf(serious).length > 0);
  const notOverlaps = (context: MessageContext, span: Span) =>
    nots.length > 0 && context.coverOf(nots).overlaps(span.start, span.end) && !saysTheyMeanIt(context);

  const compileCheckPart = (source: string): Part | null => {
    const result = compileCheck(source);
    if (result.ok) {
      const check: Check = result.check;
      return { evidence: (context) => check(context.doc), atoms: null };
    }
    problems.push({ message: `rule "${rule.id}": ${result.message}`, fix: result.fix });
    return null;
  };
  const compilePhrasePart = (source: string): Part | null => {
    const p = phrase(source);
    if (!p) return null;
    // Every required place must be filled; the best one to test (see trigger-index.ts).
    const atoms = bestPlace(p.required, textOf);
    const trigger = slotOf(atoms);
    return {
      evidence: (context) => {
        if (!context.mayHold(trigger)) return [];
        const spans = context.spansOf(p);
        if (spans.length === 0) return [];
        return spans
          .filter((span) => !notOverlaps(context, span))
          .map((span) => context.doc.sentence[span.start] ?? 0);
      },
      atoms,
    };
  };
  /** A part is a phrase, a check, or a list of them: its evidence is all of theirs. */
  const compilePart = (part: MatchPart): Part | null => {
    const pieces = (Array.isArray(part) ? part : [part])
      .map((piece) => (typeof piece === 'string' ? compilePhrasePart(piece) : compileCheckPart(piece.check)))
      .filter((p): p is Part => p !== null);
    if (pieces.length === 1) return pieces[0] as Part;
    const evidences = pieces.map((piece) => piece.evidence);
    return {
      evidence: (context) => evidences.flatMap((evidence) => evidence(context)),
      atoms: union(pieces.map((piece) => piece.atoms)),
    };
  };

  const items: ((context: MessageContext) => boolean)[] = [];
  const itemAtoms: (ReadonlySet<number> | null)[] = [];
  for (const item of rule.match) {
    if (typeof item === 'object' && 'all' in item) {
      const parts = item.all.map(compilePart).filter((p): p is Part => p !== null);
      const evidences = parts.map((part) => part.evidence);
      // Every part must be found, so any one part's atoms are a test: the best one.
      const atoms = bestPlace(
        parts.flatMap((part) => (part.atoms === null ? [] : [part.atoms])),
        textOf,
      );
      const trigger = slotOf(atoms);
      const sameSentence = item.within === 'sentence';
      items.push((context) => {
        if (!context.mayHold(trigger)) return false;
        let shared: Set<number> | null = null;
        for (const evidence of evidences) {
          const sentences = evidence(context);
          if (sentences.length === 0) return false;
          if (!sameSentence) continue;
          const here: Set<number> = new Set(sentences.filter((s) => shared === null || shared.has(s)));
          if (here.size === 0) return false;
          shared = here;
        }
        return true;
      });
      itemAtoms.push(atoms);
      continue;
    }
    const part = compilePart(item);
    if (part) {
      const evidence = part.evidence;
      items.push((context) => evidence(context).length > 0);
      itemAtoms.push(part.atoms);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    compiled: {
      rule,
      trigger: slotOf(union(itemAtoms)),
      matches(context) {
        // Both tests are pure: the phrases first, as most messages match none of them.
        if (!items.some((item) => item(context))) return false;
        return !(rule.questions === 'skip' && context.isInformationQuestion());
      },
    },
  };
}
