// Deterministic synthetic knowledge bases for the speed benchmark: pronounceable made-up
// words drawn with a Zipf-like skew (a few common, many rare), shaped like real entries.
import type { Entry } from '../../src/core/types.js';

/** mulberry32: a tiny seeded PRNG, so every run builds the same knowledge. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONSONANTS = 'bcdfghjklmnprstvz';
const VOWELS = 'aeiou';
const FILLER = [
  'what',
  'is',
  'the',
  'how',
  'do',
  'i',
  'can',
  'my',
  'a',
  'for',
  'with',
  'should',
  'when',
  'it',
];

export interface SyntheticKb {
  entries: Entry[];
  queries: string[];
}

export function syntheticKb(entryCount: number, queryCount: number, seed = 42): SyntheticKb {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // Vocabulary grows with the knowledge base, as it does in real ones.
  const vocabularySize = Math.max(500, Math.round(entryCount * 1.5));
  const vocabulary = new Set<string>();
  while (vocabulary.size < vocabularySize) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < syllables; i++) word += pick([...CONSONANTS]) + pick([...VOWELS]);
    vocabulary.add(word);
  }
  const words = [...vocabulary];
  const zipfWord = () => words[Math.floor(words.length * random() ** 2.5)] as string;
  const phrase = (length: number) => Array.from({ length }, zipfWord);
  const question = () => {
    const content = phrase(3 + Math.floor(random() * 5));
    return [pick(FILLER), pick(FILLER), ...content].join(' ');
  };

  const entries: Entry[] = [];
  for (let i = 0; i < entryCount; i++) {
    const id = `synthetic-${i}`;
    entries.push({
      id,
      title: phrase(2 + Math.floor(random() * 3)).join(' '),
      questions: Array.from({ length: 3 + Math.floor(random() * 4) }, question),
      tags: phrase(3),
      escalation: 'none',
      seeClinicianIf: [],
      sources: [{ title: 'Synthetic', url: 'https://example.org/synthetic' }],
      status: 'draft',
      locale: 'en',
      related: [],
      body: Array.from({ length: 6 }, () => `${phrase(10 + Math.floor(random() * 6)).join(' ')}.`).join(' '),
      file: `entries/${id}.md`,
      contentHash: '',
    });
  }

  // Queries: paraphrased questions (a word dropped, a typo, chat filler) and unrelated text.
  const queries: string[] = [];
  for (let i = 0; i < queryCount; i++) {
    if (i % 5 === 4) {
      queries.push(`hey ${phrase(4).join(' ')} lol`);
      continue;
    }
    const entry = pick(entries);
    const parts = pick(entry.questions).split(' ');
    parts.splice(2 + Math.floor(random() * (parts.length - 2)), 1);
    const typoAt = 2 + Math.floor(random() * (parts.length - 2));
    const word = parts[typoAt];
    if (word !== undefined && word.length > 5)
      parts[typoAt] = word.slice(0, 2) + word[3] + word[2] + word.slice(4);
    queries.push(`<@U0123> ${parts.join(' ')} thanks 🙏`);
  }
  return { entries, queries };
}
