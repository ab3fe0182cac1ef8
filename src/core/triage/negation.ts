// "No fever", "without a rash", "she doesn't have chest pain": a negation just before a match, in
// the same clause, cancels it. Kept narrow on purpose: "can't breathe" and "won't stop bleeding"
// are symptoms, so a negation inside the matched words never counts.
import type { Doc } from './normalise.js';

/** Negating word sequences, as normalised words ("doesn't have" → does not have). */
const NEGATIONS: string[][] = [
  ['no'],
  ['without'],
  ['denies'],
  ['never'],
  ['not', 'have'],
  ['not', 'had'],
  ['not', 'having'],
  ['not', 'get'],
  ['not', 'got'],
  ['not', 'any'],
  ['not', 'a'],
  ['not', 'really'],
  ['no', 'sign', 'of'],
  ['no', 'signs', 'of'],
  ['free', 'of'],
];

/** Words allowed between the negation and the match ("no real fever", "no more bleeding"). */
const FILLERS = new Set([
  'a',
  'an',
  'the',
  'any',
  'real',
  'more',
  'obvious',
  'high',
  'signs',
  'sign',
  'of',
  'big',
]);

/** Word sequences that start like a negation but are not one. */
const NOT_NEGATIONS = new Set(['longer', 'one', 'idea', 'matter', 'way', 'clue', 'reason', 'point', 'sure']);

export function isNegated(doc: Doc, start: number): boolean {
  const clause = doc.clause[start];
  let end = start;
  // Step back over filler words in the same clause.
  while (end > 0 && doc.clause[end - 1] === clause && FILLERS.has(doc.words[end - 1] ?? '')) end--;
  for (const negation of NEGATIONS) {
    const from = end - negation.length;
    if (from < 0 || doc.clause[from] !== clause) continue;
    if (negation.every((word, k) => doc.words[from + k] === word)) {
      if (NOT_NEGATIONS.has(doc.words[end] ?? '')) continue;
      return true;
    }
  }
  return false;
}
