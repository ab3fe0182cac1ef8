// Character-trigram cosine between a message and each entry's title, questions and tags.
// Words that share most of their letters (handwashing / hand washing, reinfected /
// infection, asymptomatic / symptoms) meet here even where stemming keeps them apart.
// Used to re-rank the BM25 candidates and as a 0..1 similarity that means the same on
// every knowledge base.

export interface TrigramIndex {
  /** Weighted trigram vector of a message's terms, unit length. */
  vector(terms: readonly string[]): TrigramVector;
  /** Cosine (0..1) between a message vector and entry `entry`. */
  similarity(query: TrigramVector, entry: number): number;
}

export interface TrigramVector {
  ids: Int32Array;
  weights: Float32Array;
}

/** Trigrams of a term padded with spaces; a synonym group's canonical token stays whole. */
function gramsOf(term: string, into: string[]): void {
  if (term.startsWith('~')) {
    into.push(term);
    return;
  }
  const padded = ` ${term} `;
  for (let i = 0; i + 3 <= padded.length; i++) into.push(padded.slice(i, i + 3));
}

export function buildTrigramIndex(entryTerms: readonly (readonly string[])[]): TrigramIndex {
  const gramIds = new Map<string, number>();
  const documentFrequency: number[] = [];
  // Knowledge bases repeat their words: split each distinct word into gram ids once.
  const gramsOfWord = new Map<string, number[]>();
  function idsOf(term: string): number[] {
    let ids = gramsOfWord.get(term);
    if (ids === undefined) {
      const grams: string[] = [];
      gramsOf(term, grams);
      ids = grams.map((gram) => {
        let id = gramIds.get(gram);
        if (id === undefined) {
          id = documentFrequency.length;
          gramIds.set(gram, id);
          documentFrequency.push(0);
        }
        return id;
      });
      gramsOfWord.set(term, ids);
    }
    return ids;
  }

  // Count grams per entry in a scratch array indexed by gram id (no map per entry).
  const scratch: number[] = [];
  const counted = entryTerms.map((terms) => {
    const touched: number[] = [];
    for (const term of terms) {
      for (const id of idsOf(term)) {
        const count = scratch[id] ?? 0;
        if (count === 0) touched.push(id);
        scratch[id] = count + 1;
      }
    }
    touched.sort((a, b) => a - b);
    const counts = touched.map((id) => scratch[id] as number);
    for (const id of touched) {
      scratch[id] = 0;
      documentFrequency[id] = (documentFrequency[id] as number) + 1;
    }
    return { ids: touched, counts };
  });
  gramsOfWord.clear();
  const documents = entryTerms.length;
  const idfById = documentFrequency.map((frequency) => Math.log(1 + documents / frequency));
  const unknownIdf = Math.log(1 + documents / 0.5);

  /** Unit-length tf-idf vector from sorted gram ids and their counts. */
  function toVector(ids: readonly number[], counts: readonly number[], unknownGrams: number): TrigramVector {
    const weights = new Float32Array(ids.length);
    let norm = 0;
    for (let i = 0; i < ids.length; i++) {
      const weight = (1 + Math.log(counts[i] as number)) * (idfById[ids[i] as number] as number);
      weights[i] = weight;
      norm += weight * weight;
    }
    // Grams no entry has still make the message longer, so they lower its similarity.
    norm += unknownGrams * unknownIdf ** 2;
    const length = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / length;
    return { ids: Int32Array.from(ids), weights };
  }

  const entryVectors = counted.map(({ ids, counts }) => toVector(ids, counts, 0));

  return {
    vector(terms) {
      const counts = new Map<number, number>();
      const grams: string[] = [];
      for (const term of terms) gramsOf(term, grams);
      let unknown = 0;
      for (const gram of grams) {
        const id = gramIds.get(gram);
        if (id === undefined) unknown++;
        else counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      const ids = [...counts.keys()].sort((a, b) => a - b);
      return toVector(
        ids,
        ids.map((id) => counts.get(id) as number),
        unknown,
      );
    },
    similarity(query, entry) {
      const document = entryVectors[entry] as TrigramVector;
      // Both id lists are sorted: merge them.
      let i = 0;
      let j = 0;
      let dot = 0;
      while (i < query.ids.length && j < document.ids.length) {
        const a = query.ids[i] as number;
        const b = document.ids[j] as number;
        if (a === b) {
          dot += (query.weights[i] as number) * (document.weights[j] as number);
          i++;
          j++;
        } else if (a < b) i++;
        else j++;
      }
      return dot;
    },
  };
}
