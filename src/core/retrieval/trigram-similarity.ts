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
  const counted = entryTerms.map((terms) => {
    const counts = new Map<number, number>();
    const grams: string[] = [];
    for (const term of terms) gramsOf(term, grams);
    for (const gram of grams) {
      let id = gramIds.get(gram);
      if (id === undefined) {
        id = documentFrequency.length;
        gramIds.set(gram, id);
        documentFrequency.push(0);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const id of counts.keys()) documentFrequency[id] = (documentFrequency[id] as number) + 1;
    return counts;
  });
  const documents = entryTerms.length;
  const idf = (id: number | undefined) =>
    Math.log(1 + documents / (id === undefined ? 0.5 : (documentFrequency[id] as number)));

  function toVector(counts: Map<number, number>, unknownGrams: number): TrigramVector {
    const ids = [...counts.keys()].sort((a, b) => a - b);
    const weights = new Float32Array(ids.length);
    let norm = 0;
    ids.forEach((id, i) => {
      const weight = (1 + Math.log(counts.get(id) as number)) * idf(id);
      weights[i] = weight;
      norm += weight * weight;
    });
    // Grams no entry has still make the message longer, so they lower its similarity.
    norm += unknownGrams * idf(undefined) ** 2;
    const length = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / length;
    return { ids: Int32Array.from(ids), weights };
  }

  const entryVectors = counted.map((counts) => toVector(counts, 0));

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
      return toVector(counts, unknown);
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
