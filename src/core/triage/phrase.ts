// The phrase language clinicians write in triage.yaml, compiled to a small pattern matcher.
//   words          matched as whole words, with one-letter typos forgiven in longer words
//   breath*        any word that begins so (breath, breathe, breathing, breathless)
//   face/mouth     either word at this place
//   (will not | does not)  either group of words at this place
//   ~pain          any entry of the word list `pain` (entries may be several words)
//   word?          the word (or group) may be missing
//   ...            up to four other words in between (never across a sentence)
import { normalise } from './normalise.js';
import type { Vocabulary } from './vocabulary.js';

export type PatternNode =
  | { kind: 'atom'; id: number }
  | { kind: 'choice'; options: PatternNode[][]; optional: boolean }
  | { kind: 'gap'; max: number };

export interface Phrase {
  source: string;
  nodes: PatternNode[];
  /** Atoms a match can start with (null: any word, after a leading gap). */
  first: ReadonlySet<number> | null;
  /** For each required place, the atoms that could fill it: a quick "cannot match" test. */
  required: ReadonlySet<number>[];
  /** The nodes compiled once into a matcher (see compileMatcher). */
  matcher: Matcher;
}

export type WordLists = Readonly<Record<string, readonly string[]>>;

export const GAP_WORDS = 4;

export type PhraseResult = { ok: true; phrase: Phrase } | { ok: false; message: string; fix: string };

/** Compiles one phrase; `~name` refers to `lists`. */
export function compilePhrase(source: string, lists: WordLists, vocabulary: Vocabulary): PhraseResult {
  try {
    const nodes = compileSequence(source, lists, vocabulary, []);
    if (nodes.length === 0 || nodes.every((node) => node.kind === 'gap')) {
      return { ok: false, message: `the phrase "${source}" has no words`, fix: 'Write at least one word.' };
    }
    return {
      ok: true,
      phrase: {
        source,
        nodes,
        first: firstAtoms(nodes),
        required: requiredAtoms(nodes),
        matcher: compileMatcher(nodes, 0, (_scan, position) => position),
      },
    };
  } catch (error) {
    if (error instanceof PhraseError) return { ok: false, message: error.message, fix: error.fix };
    throw error;
  }
}

class PhraseError extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

/** Splits a phrase into words, `(`, `)`, `|`, `/`, `?` and `...`. */
function lex(source: string): string[] {
  return source.match(/\.\.\.|[()|/]|\?|[^\s()|/?]+\*?/g) ?? [];
}

function compileSequence(
  source: string,
  lists: WordLists,
  vocabulary: Vocabulary,
  seen: string[],
): PatternNode[] {
  const tokens = lex(source);
  let at = 0;
  const fail = (message: string, fix: string): never => {
    throw new PhraseError(`${message} in "${source}"`, fix);
  };

  // sequence := element* ; stops at `)` or `|` (handled by the caller) or the end.
  const sequence = (depth: number): PatternNode[] => {
    const nodes: PatternNode[] = [];
    while (at < tokens.length) {
      const token = tokens[at] as string;
      if (token === ')' || token === '|') {
        if (depth === 0)
          fail(
            `"${token}" without an opening "("`,
            'Write alternatives of several words as (will not | does not).',
          );
        return nodes;
      }
      if (token === '...') {
        at++;
        nodes.push({ kind: 'gap', max: GAP_WORDS });
        continue;
      }
      nodes.push(element(depth));
    }
    return nodes;
  };

  // element := unit ('/' unit)* '?'?
  const element = (depth: number): PatternNode => {
    const options: PatternNode[][] = [...unit(depth)];
    while (tokens[at] === '/') {
      at++;
      options.push(...unit(depth));
    }
    let optional = false;
    if (tokens[at] === '?') {
      at++;
      optional = true;
    }
    return { kind: 'choice', options, optional };
  };

  // unit := word | ~list | '(' sequence ('|' sequence)* ')'
  const unit = (depth: number): PatternNode[][] => {
    const token = tokens[at];
    if (
      token === undefined ||
      token === '/' ||
      token === '?' ||
      token === '...' ||
      token === ')' ||
      token === '|'
    ) {
      return fail(
        `a "/" or "?" has no word next to it`,
        'Write words on both sides of "/", and "?" right after a word.',
      );
    }
    at++;
    if (token === '(') {
      const options: PatternNode[][] = [sequence(depth + 1)];
      while (tokens[at] === '|') {
        at++;
        options.push(sequence(depth + 1));
      }
      if (tokens[at] !== ')') fail('a "(" is never closed', 'Close every "(" with ")".');
      at++;
      if (options.some((option) => option.length === 0))
        fail('an empty alternative', 'Write words between "(", "|" and ")".');
      return options;
    }
    if (token.startsWith('~')) {
      const name = token.slice(1);
      const list = Object.hasOwn(lists, name) ? lists[name] : undefined;
      if (!list) {
        fail(
          `the word list ~${name} is not defined`,
          `Add \`${name}:\` under \`words:\` at the top of the file, or fix the spelling.`,
        );
      }
      if (seen.includes(name))
        fail(`the word list ~${name} refers to itself`, `Remove ~${name} from its own entries.`);
      return (list ?? []).map((entry) => compileSequence(entry, lists, vocabulary, [...seen, name]));
    }
    return [compileWords(token, source, vocabulary)];
  };

  const nodes = sequence(0);
  return nodes;
}

/** One alternative: normalised like a message ("can't" → can not), keeping a final `*`. */
function compileWords(alternative: string, source: string, vocabulary: Vocabulary): PatternNode[] {
  const prefix = alternative.endsWith('*');
  const text = prefix ? alternative.slice(0, -1) : alternative;
  if (/[*~?]/.test(text)) {
    throw new PhraseError(
      `"${alternative}" in "${source}" mixes *, ~ or ? inside a word`,
      'Put * only at the end of a word, ? at the end of a piece, and ~ only at the start of a list name.',
    );
  }
  const words = normalise(text).words;
  if (words.length === 0) {
    throw new PhraseError(
      `"${alternative}" in "${source}" has no letters or digits`,
      'Write a word or a number.',
    );
  }
  if (prefix && (words[words.length - 1]?.length ?? 0) < 3) {
    throw new PhraseError(
      `"${alternative}" in "${source}" is too short a word beginning`,
      'Give at least three letters before *, or list the words.',
    );
  }
  return words.map((word, index) => ({
    kind: 'atom',
    id: vocabulary.add(word, prefix && index === words.length - 1),
  }));
}

function allAtoms(node: PatternNode, into: Set<number>): Set<number> {
  if (node.kind === 'atom') into.add(node.id);
  if (node.kind === 'choice') for (const option of node.options) for (const n of option) allAtoms(n, into);
  return into;
}

function requiredAtoms(nodes: PatternNode[]): Set<number>[] {
  return nodes
    .filter((node) => node.kind === 'atom' || (node.kind === 'choice' && !node.optional))
    .map((node) => allAtoms(node, new Set()));
}

/** Atoms the first matched word can be; null when a match can start anywhere. */
function firstAtoms(nodes: PatternNode[]): Set<number> | null {
  const found = new Set<number>();
  for (const node of nodes) {
    if (node.kind === 'gap') return null;
    if (node.kind === 'atom') {
      found.add(node.id);
      return found;
    }
    for (const option of node.options) {
      const inner = firstAtoms(option);
      if (inner === null) return null;
      for (const id of inner) found.add(id);
    }
    if (!node.optional) return found;
  }
  return null;
}

/** Could the phrase match at all, given which atoms the message holds? */
export function mayMatch(phrase: Phrase, present: ReadonlySet<number>): boolean {
  for (const place of phrase.required) if (!overlaps(place, present)) return false;
  return true;
}

/** Whether two atom sets share an atom; walks the smaller one (a message holds few atoms). */
export function overlaps(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size > b.size) return overlaps(b, a);
  for (const atom of a) if (b.has(atom)) return true;
  return false;
}

export interface Span {
  start: number;
  end: number;
}

/** One message as the matcher reads it, and the sentence a match must stay in. */
interface Scan {
  atomsAt: readonly ReadonlySet<number>[];
  sentence: readonly number[];
  /** Sentence of the word the match started at. */
  first: number | undefined;
}

/** Matches from a word position onwards; the end of the match (exclusive), or -1. */
type Matcher = (scan: Scan, position: number) => number;

const inSentence = (scan: Scan, position: number) =>
  position < scan.atomsAt.length && scan.sentence[position] === scan.first;

/**
 * `nodes[index..]` followed by `next`, as closures built once per phrase (building them per
 * message word was most of triage's time and garbage on long messages). Tries the alternatives
 * in the order they are written, shortest gap first: the first way found is the match.
 */
function compileMatcher(nodes: readonly PatternNode[], index: number, next: Matcher): Matcher {
  if (index === nodes.length) return next;
  const node = nodes[index] as PatternNode;
  const rest = compileMatcher(nodes, index + 1, next);
  if (node.kind === 'atom') {
    const id = node.id;
    return (scan, position) =>
      inSentence(scan, position) && (scan.atomsAt[position] as ReadonlySet<number>).has(id)
        ? rest(scan, position + 1)
        : -1;
  }
  if (node.kind === 'gap') {
    const max = node.max;
    return (scan, position) => {
      for (let skip = 0; skip <= max; skip++) {
        if (skip > 0 && !inSentence(scan, position + skip - 1)) break;
        const end = rest(scan, position + skip);
        if (end >= 0) return end;
      }
      return -1;
    };
  }
  const options = node.options.map((option) => compileMatcher(option, 0, rest));
  const optional = node.optional;
  const skip: Matcher = optional ? rest : () => -1;
  const byAtom = optionsByFirstAtom(node.options);
  if (byAtom === null) {
    return (scan, position) => {
      for (const option of options) {
        const end = option(scan, position);
        if (end >= 0) return end;
      }
      return skip(scan, position);
    };
  }
  // Every option begins with a word: only those that can begin with this word are tried, in the
  // order written, so a word list of hundreds is not tried entry by entry at every word.
  return (scan, position) => {
    if (inSentence(scan, position)) {
      for (const index of optionsFor(byAtom, scan.atomsAt[position] as ReadonlySet<number>)) {
        const end = (options[index] as Matcher)(scan, position);
        if (end >= 0) return end;
      }
    }
    return skip(scan, position);
  };
}

const NO_OPTIONS: readonly number[] = [];

/**
 * For each atom, the options (by index, ascending) that can begin with it; null when some option
 * can begin anywhere or match no word.
 */
function optionsByFirstAtom(options: readonly PatternNode[][]): Map<number, number[]> | null {
  const byAtom = new Map<number, number[]>();
  for (let index = 0; index < options.length; index++) {
    const first = firstAtoms(options[index] as PatternNode[]);
    if (first === null) return null;
    for (const atom of first) {
      const list = byAtom.get(atom);
      if (list) list.push(index);
      else byAtom.set(atom, [index]);
    }
  }
  return byAtom;
}

/** The options that can begin with a word standing for `atoms`, ascending, each once. */
function optionsFor(
  byAtom: ReadonlyMap<number, readonly number[]>,
  atoms: ReadonlySet<number>,
): readonly number[] {
  let found: readonly number[] = NO_OPTIONS;
  let merged = false;
  for (const atom of atoms) {
    const list = byAtom.get(atom);
    if (list === undefined) continue;
    if (found.length === 0) found = list;
    else {
      found = [...found, ...list];
      merged = true;
    }
  }
  return merged ? [...new Set(found)].sort((a, b) => a - b) : found;
}

/**
 * Every place the phrase matches, as spans of word positions (end exclusive). `atomsAt[i]` holds
 * the atoms message word i stands for; `sentence` keeps matches inside one sentence. `starts`:
 * the positions (ascending) whose word holds one of `phrase.first`, when already known.
 */
export function findSpans(
  phrase: Phrase,
  atomsAt: readonly ReadonlySet<number>[],
  sentence: readonly number[],
  starts?: readonly number[],
): Span[] {
  const spans: Span[] = [];
  const scan: Scan = { atomsAt, sentence, first: undefined };
  const tryAt = (start: number) => {
    scan.first = sentence[start];
    const end = phrase.matcher(scan, start);
    if (end > start) spans.push({ start, end });
  };
  if (starts) for (const start of starts) tryAt(start);
  else {
    for (let start = 0; start < atomsAt.length; start++) {
      if (phrase.first !== null && !overlaps(phrase.first, atomsAt[start] as ReadonlySet<number>)) continue;
      tryAt(start);
    }
  }
  return spans;
}
