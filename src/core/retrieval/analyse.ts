// Text -> index terms: normalise, split into words, stem (Porter), rewrite synonym phrases to
// their group's canonical token, correct typos against the index vocabulary, drop stop words.
// Entries and messages go through the same steps so that their terms meet.
import { stemmer } from 'stemmer';
import { words } from './normalise-text.js';
import { STOP_WORDS } from './stop-words.js';
import { type PhraseTable, phraseAt } from './synonyms.js';

export interface Term {
  /** The index term: a stem, or a synonym group's canonical token (starts with `~`). */
  term: string;
  /** The word(s) as written in the text. */
  surface: string;
  /** True when a misspelt word was corrected to reach this term. */
  corrected: boolean;
}

/** General English plurals and past tenses that Porter's rules cannot reach. */
const IRREGULAR: Readonly<Record<string, string>> = {
  children: 'child',
  kiddos: 'kid',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mous',
  lice: 'lous',
  women: 'woman',
  men: 'man',
  geese: 'goos',
  ate: 'eat',
  eaten: 'eat',
  took: 'take',
  taken: 'take',
  felt: 'feel',
  fell: 'fall',
  fallen: 'fall',
  broke: 'break',
  broken: 'break',
  threw: 'throw',
  thrown: 'throw',
  slept: 'sleep',
  drank: 'drink',
  drunk: 'drink',
  bled: 'bleed',
  caught: 'catch',
  gave: 'give',
  given: 'give',
  swollen: 'swell',
  stung: 'sting',
  worse: 'bad',
  worst: 'bad',
};

export function stem(word: string): string {
  return IRREGULAR[word] ?? stemmer(word);
}

/** Stemming is the costliest step of indexing, and a knowledge base repeats its words. */
const STEM_CACHE_LIMIT = 200_000;

export interface Analyser {
  /**
   * Terms of a text. `correct(word, stem)` may replace the stem of a word the index does not
   * know with the stem(s) it was probably meant to be: a corrected typo, or the two halves of
   * a compound ("handwashing"). Null keeps the word as it is.
   */
  analyse(text: string, correct?: (word: string, stem: string) => readonly string[] | null): Term[];
  /** The stem of one word (cached). */
  stem(word: string): string;
  /** Stems of every word of a text, stop words included (for synonym phrases). */
  stems(text: string): string[];
  /** Index terms only: the same steps as `analyse` without typo correction, for indexing. */
  terms(text: string): string[];
  /** Every word met so far with its stem, stop words included. */
  knownWords(): ReadonlyMap<string, string>;
}

export function createAnalyser(phrases: () => PhraseTable): Analyser {
  const stemOf = new Map<string, string>();
  function cachedStem(word: string): string {
    let found = stemOf.get(word);
    if (found === undefined) {
      found = stem(word);
      if (stemOf.size >= STEM_CACHE_LIMIT) stemOf.clear();
      stemOf.set(word, found);
    }
    return found;
  }

  function stems(text: string): string[] {
    return words(text).map(cachedStem);
  }

  function analyse(text: string, correct?: (word: string, stem: string) => readonly string[] | null): Term[] {
    const table = phrases();
    const surfaces: string[] = [];
    const stemmed: string[] = [];
    const corrected: boolean[] = [];
    for (const word of words(text)) {
      const plain = cachedStem(word);
      const fixed = correct !== undefined && !STOP_WORDS.has(word) ? correct(word, plain) : null;
      for (const stem of fixed ?? [plain]) {
        surfaces.push(word);
        stemmed.push(stem);
        corrected.push(stem !== plain);
      }
    }
    const terms: Term[] = [];
    for (let i = 0; i < stemmed.length; i++) {
      const phrase = phraseAt(table, stemmed, i);
      if (phrase !== null) {
        const end = i + phrase.stems.length;
        terms.push({
          term: phrase.canonical,
          surface: surfaces.slice(i, end).join(' '),
          corrected: corrected.slice(i, end).some(Boolean),
        });
        i = end - 1;
        continue;
      }
      const word = surfaces[i] as string;
      if (STOP_WORDS.has(word) || word.length < 2) continue;
      terms.push({ term: stemmed[i] as string, surface: word, corrected: corrected[i] as boolean });
    }
    return terms;
  }

  function terms(text: string): string[] {
    const table = phrases();
    const surfaces = words(text);
    const found: string[] = [];
    // Stems of the whole text are needed only when a synonym phrase may start here.
    let stemmed: string[] | null = null;
    for (let i = 0; i < surfaces.length; i++) {
      const word = surfaces[i] as string;
      const stem = cachedStem(word);
      if (table.byFirstStem.has(stem)) {
        stemmed ??= surfaces.map(cachedStem);
        const phrase = phraseAt(table, stemmed, i);
        if (phrase !== null) {
          found.push(phrase.canonical);
          i += phrase.stems.length - 1;
          continue;
        }
      }
      if (word.length >= 2 && !STOP_WORDS.has(word)) found.push(stem);
    }
    return found;
  }

  return { analyse, terms, stems, stem: cachedStem, knownWords: () => stemOf };
}
