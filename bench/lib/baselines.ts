// Baselines computed in the same run as vetted's retrieval: fuse.js with its defaults, and a
// plain BM25 (no stemming, stop words, typo tolerance or synonyms). Neither can abstain: each
// answers with its best hit whenever it has one.
import Fuse from 'fuse.js';
import type { Entry } from '../../src/core/types.js';

export interface Baseline {
  name: string;
  /** Entry ids, best first. */
  rank(text: string): string[];
}

export function fuseBaseline(entries: readonly Entry[]): Baseline {
  const fuse = new Fuse(entries as Entry[], { keys: ['questions', 'title'] });
  return {
    name: 'fuse.js (questions+title, defaults)',
    rank: (text) => fuse.search(text, { limit: 3 }).map((hit) => hit.item.id),
  };
}

const tokens = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** BM25 (k1 1.2, b 0.75) over each entry's questions and title as one document. */
export function plainBm25Baseline(entries: readonly Entry[]): Baseline {
  const k1 = 1.2;
  const b = 0.75;
  const documents = entries.map((entry) => {
    const counts = new Map<string, number>();
    const words = tokens([entry.title, ...entry.questions].join(' '));
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    return { id: entry.id, counts, length: words.length };
  });
  const averageLength = documents.reduce((sum, doc) => sum + doc.length, 0) / Math.max(documents.length, 1);
  const frequency = new Map<string, number>();
  for (const doc of documents)
    for (const word of doc.counts.keys()) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const idf = (word: string) => {
    const df = frequency.get(word) ?? 0;
    return Math.log(1 + (documents.length - df + 0.5) / (df + 0.5));
  };
  return {
    name: 'plain BM25 (no stemming/typos/synonyms)',
    rank(text) {
      const words = [...new Set(tokens(text))].filter((word) => frequency.has(word));
      return documents
        .map((doc) => {
          let score = 0;
          for (const word of words) {
            const tf = doc.counts.get(word) ?? 0;
            if (tf > 0)
              score += (idf(word) * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * doc.length) / averageLength));
          }
          return { id: doc.id, score };
        })
        .filter((hit) => hit.score > 0)
        .sort((x, y) => y.score - x.score)
        .slice(0, 3)
        .map((hit) => hit.id);
    },
  };
}
