// Every word (or word beginning, `breath*`) any rule mentions, and which of them a message word
// stands for: exactly, as a word beginning, or with one slip of the keyboard ("unconcious",
// "breahting"). Typo tolerance only applies to longer words, where it rarely hits a real word.
import { TriggerIndex } from './trigger-index.js';

export interface Atom {
  text: string;
  prefix: boolean;
}

/** Real words one letter away from a red-flag word: never read them as typos. */
const NOT_TYPOS = new Set([
  'acting',
  'bother',
  'commute',
  'listed',
  'login',
  'parsing',
  'cleaned',
  'butter',
  'chance',
  'shallow',
  'clearing',
  'cleanser',
  'crusted',
  'remove',
  'removes',
  'chesty',
  'beach',
  'better',
  'blocked',
  'burping',
  'caches',
  'certain',
  'combing',
  'filled',
  'frames',
  'injected',
  'massage',
  'pooped',
  'produce',
  'reader',
  'render',
  'recover',
  'redaction',
  'scared',
  'shared',
  'slash',
  'stream',
  'staring',
  'starting',
  'table',
  'tables',
  'tested',
  'testing',
  'thinning',
  'though',
  'stuck',
  'waiting',
  'cooking',
  'stubbed',
  'stubbing',
  'stabbing',
  'breeding',
  'strike',
  'strikes',
  'striking',
  'stoked',
  'broke',
  'brake',
  'breaking',
  'beeping',
  'bleeping',
  'sleeping',
  'seized',
  'choosing',
  'chocking',
  'shaking',
  'chests',
  'chester',
  'passing',
  'pressing',
  'presume',
  'started',
  'stared',
  'dying',
  'lying',
  'trying',
  'crying',
  'frying',
  'drying',
  'waking',
  'walking',
  'talking',
  'taking',
  'burning',
  'turning',
  'hurting',
  'hunting',
  'fainting',
  'painting',
  'failing',
  'falling',
  'feeling',
  'feelings',
  'breathe',
  'breath',
  'breaths',
  'swelling',
  'smelling',
  'spelling',
  'selling',
  'telling',
  'yelling',
  'bottle',
  'battle',
  'battery',
  'buttery',
  'pounding',
  'sounding',
  'rounding',
  'slurry',
  'flurry',
  'blurry',
  'hearing',
  'heating',
  'heading',
  'healing',
  'dealing',
  'vision',
  'vomit',
  'vomits',
  'moving',
  'loving',
  'living',
  'giving',
  'having',
  'saving',
  'scabbed',
  'overdoing',
  'overdo',
  'scabbing',
  'caving',
  'raving',
  'waving',
  'diving',
  'driving',
  'thriving',
]);

function damerauWithinOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const MIN_TYPO_WORD = 6;
/** Shortest rule word a spelled-out word is still compared with as a possible typo. */
const MIN_SPELLED_OUT_TYPO_TARGET = 8;
const MIN_TYPO_PREFIX = 6;
/** Shorter word beginnings ("seiz*") forgive only two swapped letters ("seziure", "siezure"). */
const MIN_SWAP_PREFIX = 4;
/** A typo of a word beginning is only looked for in words at most this much longer. */
const MAX_TYPO_SUFFIX = 5;
const CACHE_LIMIT = 20_000;

export class Vocabulary {
  private readonly atoms: Atom[] = [];
  private readonly ids = new Map<string, number>();
  private readonly exact = new Map<string, number[]>();
  private readonly prefixes = new Map<string, number[]>();
  /** Typo candidates grouped by first letter (typos rarely hit the first letter). */
  private readonly typoCandidates = new Map<string, number[]>();
  private readonly cache = new Map<string, ReadonlySet<number>>();
  private longestPrefix = 0;
  /** The rules' quick "cannot match" tests, over these atoms. */
  readonly triggers = new TriggerIndex();

  /** The word (or word beginning) of an atom. */
  textOf(id: number): string {
    return this.atoms[id]?.text ?? '';
  }

  /** The id of an atom, adding it when new. */
  add(text: string, prefix: boolean): number {
    const key = `${prefix ? '*' : '='}${text}`;
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.atoms.length;
    this.atoms.push({ text, prefix });
    this.ids.set(key, id);
    push(prefix ? this.prefixes : this.exact, text, id);
    if (prefix) this.longestPrefix = Math.max(this.longestPrefix, text.length);
    const long = prefix ? text.length >= MIN_SWAP_PREFIX : text.length >= MIN_TYPO_WORD - 1;
    if (long && /^[a-z]/.test(text)) push(this.typoCandidates, text[0] ?? '', id);
    this.cache.clear();
    return id;
  }

  /** Ids of every atom this message word stands for. */
  matches(word: string): ReadonlySet<number> {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const found = new Set<number>();
    this.collect(word, found);
    // Chat drops the final g: "breathin", "bleedin", "droopin".
    if (word.length >= 5 && word.endsWith('in')) this.collect(`${word}g`, found);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, found);
    return found;
  }

  private collect(word: string, found: Set<number>): void {
    const exact = this.exact.get(word) ?? [];
    for (const id of exact) found.add(id);
    for (let length = 1; length <= Math.min(word.length, this.longestPrefix); length++) {
      for (const id of this.prefixes.get(word.slice(0, length)) ?? []) found.add(id);
    }
    if (word.length < MIN_TYPO_WORD - 1 || NOT_TYPOS.has(word) || /\d/.test(word)) return;
    // A word the rules spell out exactly may still be a misspelling of another rule word ("brething"
    // is listed under breathe, and is still "breathing" in "not breathing"): it is compared with
    // long words only, where one slip cannot turn one real word into another.
    const spelledOut = exact.length > 0;
    for (const id of this.typoCandidates.get(word[0] ?? '') ?? []) {
      if (found.has(id)) continue;
      const atom = this.atoms[id] as Atom;
      if (spelledOut && (atom.prefix || atom.text.length < MIN_SPELLED_OUT_TYPO_TARGET)) continue;
      if (atom.prefix ? typoOfPrefix(word, atom.text) : typoOfWord(word, atom.text)) found.add(id);
    }
  }
}

function typoOfWord(word: string, target: string): boolean {
  // Five-letter words forgive only two swapped letters ("chset"): other slips make real words.
  if (target.length < MIN_TYPO_WORD) return word.length === target.length && swappedOnce(word, target);
  return damerauWithinOne(word, target);
}

function swappedOnce(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function typoOfPrefix(word: string, prefix: string): boolean {
  const n = prefix.length;
  if (n < MIN_TYPO_PREFIX) return word.length >= MIN_TYPO_WORD && swappedOnce(word.slice(0, n), prefix);
  if (word.length < n - 1 || word.length > n + MAX_TYPO_SUFFIX) return false;
  return (
    damerauWithinOne(word.slice(0, n), prefix) ||
    damerauWithinOne(word.slice(0, n + 1), prefix) ||
    damerauWithinOne(word.slice(0, n - 1), prefix)
  );
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
