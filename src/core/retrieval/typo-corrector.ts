// Maps a misspelt word to the closest word the knowledge base uses ("trhoat" -> "throat").
// A deletion index (the SymSpell idea) finds candidates in microseconds; the true
// Damerau-Levenshtein distance then picks one, with a budget that grows with word length so
// short words are never "corrected" into other short words.

export interface TypoCorrector {
  /** The vocabulary word closest to `word`, or null when none is within budget. */
  correct(word: string): string | null;
}

/** Edits allowed for a word of this length: 0 up to 4 letters, 1 up to 9, then 2. */
export function editBudget(length: number): number {
  if (length <= 4) return 0;
  if (length <= 9) return 1;
  return 2;
}

export function buildTypoCorrector(vocabulary: ReadonlyMap<string, number>, cacheSize = 5000): TypoCorrector {
  const byDeletion = new Map<string, string[]>();
  for (const term of vocabulary.keys()) {
    const budget = editBudget(term.length);
    if (budget === 0) continue;
    for (const variant of deletions(term, budget)) {
      const list = byDeletion.get(variant);
      if (list === undefined) byDeletion.set(variant, [term]);
      else list.push(term);
    }
  }
  const cache = new Map<string, string | null>();

  function lookup(word: string): string | null {
    const budget = editBudget(word.length);
    if (budget === 0) return null;
    let best: string | null = null;
    let bestDistance = budget + 1;
    let bestFrequency = -1;
    const checked = new Set<string>();
    for (const variant of deletions(word, budget)) {
      for (const term of byDeletion.get(variant) ?? []) {
        if (checked.has(term)) continue;
        checked.add(term);
        const distance = plausibleTypoDistance(word, term, budget);
        if (distance > budget) continue;
        const frequency = vocabulary.get(term) ?? 0;
        if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
          best = term;
          bestDistance = distance;
          bestFrequency = frequency;
        }
      }
    }
    return best;
  }

  return {
    correct(word) {
      if (vocabulary.has(word)) return word;
      const cached = cache.get(word);
      if (cached !== undefined) return cached;
      const found = lookup(word);
      if (cache.size >= cacheSize) cache.clear();
      cache.set(word, found);
      return found;
    },
  };
}

/**
 * The word itself and every string made by deleting up to `depth` letters, never the first:
 * people rarely mistype a word's first letter, and keeping it makes lookups far cheaper.
 */
function deletions(word: string, depth: number): Set<string> {
  const found = new Set<string>([word]);
  let frontier = [word];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (let i = 1; i < current.length; i++) {
        const shorter = current.slice(0, i) + current.slice(i + 1);
        if (!found.has(shorter)) {
          found.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return found;
}

/**
 * The edit distance when `typed` is a plausible misspelling of `known`, else budget + 1.
 * Swapped, missing and doubled letters are typical typos; one changed letter in a short word
 * is more often another real word (heard / heart, stick / stock), so a lone substitution
 * counts only in words of 8 letters or more.
 */
export function plausibleTypoDistance(typed: string, known: string, budget: number): number {
  const distance = damerauLevenshtein(typed, known, budget);
  if (distance !== 1 || typed.length !== known.length || typed.length >= 8) return distance;
  let differences = 0;
  for (let i = 0; i < typed.length; i++) if (typed[i] !== known[i]) differences++;
  return differences === 1 ? budget + 1 : distance;
}

/** Optimal-string-alignment distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function damerauLevenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  let beforePrevious = new Int32Array(width);
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const other = b.charCodeAt(j - 1);
      const cost = letter === other ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === other) {
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length] as number;
}
