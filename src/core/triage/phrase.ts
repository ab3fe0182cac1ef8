// The phrase language clinicians write in triage.yaml, compiled to a small pattern matcher.
//   words          matched as whole words, with one-letter typos forgiven in longer words
//   breath*        any word that begins so (breath, breathe, breathing, breathless)
//   face/mouth     either word at this place
//   ~pain          any entry of the word list `pain` (entries may be several words)
//   word?          the word may be missing
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
    return { ok: true, phrase: { source, nodes } };
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

function compileSequence(source: string, lists: WordLists, vocabulary: Vocabulary, seen: string[]): PatternNode[] {
  const nodes: PatternNode[] = [];
  for (const piece of source.trim().split(/\s+/)) {
    if (piece === '') continue;
    if (piece === '...') {
      nodes.push({ kind: 'gap', max: GAP_WORDS });
      continue;
    }
    const optional = piece.length > 1 && piece.endsWith('?');
    const body = optional ? piece.slice(0, -1) : piece;
    const options: PatternNode[][] = [];
    for (const alternative of body.split('/')) {
      if (alternative === '') {
        throw new PhraseError(`"${piece}" in "${source}" has an empty alternative`, 'Write words on both sides of "/".');
      }
      if (alternative.startsWith('~')) {
        const name = alternative.slice(1);
        const list = lists[name];
        if (!list) {
          throw new PhraseError(
            `"${source}" uses the word list ~${name}, which is not defined`,
            `Add \`${name}:\` under \`words:\` at the top of the file, or fix the spelling.`,
          );
        }
        if (seen.includes(name)) {
          throw new PhraseError(`the word list ~${name} refers to itself`, `Remove ~${name} from its own entries.`);
        }
        for (const entry of list) options.push(compileSequence(entry, lists, vocabulary, [...seen, name]));
        continue;
      }
      options.push(compileWords(alternative, source, vocabulary));
    }
    nodes.push({ kind: 'choice', options, optional });
  }
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
    throw new PhraseError(`"${alternative}" in "${source}" has no letters or digits`, 'Write a word or a number.');
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

export interface Span {
  start: number;
  end: number;
}

/**
 * Every place the phrase matches, as spans of word positions (end exclusive). `matchesAt(i, atom)`
 * says whether message word i stands for the atom; `sentence` keeps matches inside one sentence.
 */
export function findSpans(
  phrase: Phrase,
  length: number,
  sentence: readonly number[],
  matchesAt: (position: number, atom: number) => boolean,
): Span[] {
  const spans: Span[] = [];
  const done = (position: number) => position;
  for (let start = 0; start < length; start++) {
    const first = sentence[start];
    const within = (position: number) => position < length && sentence[position] === first;
    const match = (nodes: PatternNode[], index: number, position: number, next: (p: number) => number): number => {
      if (index === nodes.length) return next(position);
      const node = nodes[index] as PatternNode;
      if (node.kind === 'atom') {
        return within(position) && matchesAt(position, node.id) ? match(nodes, index + 1, position + 1, next) : -1;
      }
      if (node.kind === 'gap') {
        for (let skip = 0; skip <= node.max; skip++) {
          if (skip > 0 && !within(position + skip - 1)) break;
          const end = match(nodes, index + 1, position + skip, next);
          if (end >= 0) return end;
        }
        return -1;
      }
      const rest = (p: number) => match(nodes, index + 1, p, next);
      for (const option of node.options) {
        const end = match(option, 0, position, rest);
        if (end >= 0) return end;
      }
      return node.optional ? rest(position) : -1;
    };
    const end = match(phrase.nodes, 0, start, done);
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
