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

  // Count grams per entry in a scratch array indexed by gram id (no map per entry), into flat
  // arrays: entry e's sorted gram ids and counts sit at [starts[e], starts[e + 1]). One buffer
  // instead of two small arrays per entry keeps a 10,000-entry index compact.
  const scratch: number[] = [];
  const starts = new Int32Array(entryTerms.length + 1);
  let flatIds = new Int32Array(1024);
  let flatCounts = new Float32Array(1024);
  let size = 0;
  entryTerms.forEach((terms, entry) => {
    const touched: number[] = [];
    for (const term of terms) {
      for (const id of idsOf(term)) {
        const count = scratch[id] ?? 0;
        if (count === 0) touched.push(id);
        scratch[id] = count + 1;
      }
    }
    touched.sort((a, b) => a - b);
    if (size + touched.length > flatIds.length) {
      const capacity = Math.max(flatIds.length * 2, size + touched.length);
      const ids = new Int32Array(capacity);
      ids.set(flatIds);
      flatIds = ids;
      const counts = new Float32Array(capacity);
      counts.set(flatCounts);
      flatCounts = counts;
    }
    for (const id of touched) {
      flatIds[size] = id;
      flatCounts[size] = scratch[id] as number;
      size++;
      scratch[id] = 0;
      documentFrequency[id] = (documentFrequency[id] as number) + 1;
    }
    starts[entry + 1] = size;
  });
  gramsOfWord.clear();
  const documents = entryTerms.length;
  const idfById = documentFrequency.map((frequency) => Math.log(1 + documents / frequency));
  const unknownIdf = Math.log(1 + documents / 0.5);

  /** tf-idf weights of sorted gram ids and their counts, scaled to unit length, in place. */
  function weigh(
    ids: ArrayLike<number>,
    weights: Float32Array,
    from: number,
    to: number,
    unknownGrams: number,
  ) {
    let norm = 0;
    for (let i = from; i < to; i++) {
      const weight = (1 + Math.log(weights[i] as number)) * (idfById[ids[i] as number] as number);
      weights[i] = weight;
      norm += weight * weight;
    }
    // Grams no entry has still make the message longer, so they lower its similarity.
    norm += unknownGrams * unknownIdf ** 2;
    const length = Math.sqrt(norm) || 1;
    for (let i = from; i < to; i++) weights[i] = (weights[i] as number) / length;
  }

  const entryIds = flatIds.slice(0, size);
  const entryWeights = flatCounts.slice(0, size);
  // The growing buffers live in this closure's scope: let them go.
  flatIds = new Int32Array(0);
  flatCounts = new Float32Array(0);
  for (let entry = 0; entry < documents; entry++) {
    weigh(entryIds, entryWeights, starts[entry] as number, starts[entry + 1] as number, 0);
  }

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
      const ids = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
      const weights = Float32Array.from(ids, (id) => counts.get(id) as number);
      weigh(ids, weights, 0, ids.length, unknown);
      return { ids, weights };
    },
    similarity(query, entry) {
      // Both id lists are sorted: merge them.
      let i = 0;
      let j = starts[entry] as number;
      const end = starts[entry + 1] as number;
      let dot = 0;
      while (i < query.ids.length && j < end) {
        const a = query.ids[i] as number;
        const b = entryIds[j] as number;
        if (a === b) {
          dot += (query.weights[i] as number) * (entryWeights[j] as number);
          i++;
          j++;
        } else if (a < b) i++;
        else j++;
      }
      return dot;
    },
  };
}
