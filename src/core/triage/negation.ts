// "No fever", "without a rash", "she doesn't have chest pain": a negation just before a match, in
// the same clause, cancels it. Kept narrow on purpose: "can't breathe" and "won't stop bleeding"
// are symptoms, so a negation inside the matched words never counts, and "she isn't breathing"
// stays an emergency: a "not" never cancels a word whose absence is the danger (NEEDED).
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
  ['no', 'sign', 'of'],
  ['no', 'signs', 'of'],
  ['free', 'of'],
];

/**
 * A "not" that describes a state ("i'm not short of breath", "not drowsy", "not really"): only
 * after a form of "be", at the start of a clause ("no vomiting, not drowsy") or after "and".
 */
const STATE_NOT_BEFORE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'and']);

/**
 * Words whose absence is itself the danger: "she's not breathing", "he isn't responding", "not
 * waking up", "i'm not safe", "the fever isn't coming down". A "not" before them never cancels.
 */
const NEEDED = new Set([
  'breathing',
  'breathe',
  'breath',
  'responding',
  'responsive',
  'respond',
  'reacting',
  'react',
  'waking',
  'wake',
  'awake',
  'conscious',
  'alert',
  'moving',
  'move',
  'eating',
  'drinking',
  'feeding',
  'peeing',
  'weeing',
  'urinating',
  'passing',
  'keeping',
  'holding',
  'talking',
  'speaking',
  'answering',
  'making',
  'opening',
  'recognising',
  'recognizing',
  'remembering',
  'feeling',
  'able',
  'stopping',
  'stop',
  'stopped',
  'slowing',
  'going',
  'coming',
  'getting',
  'improving',
  'better',
  'working',
  'helping',
  'clotting',
  'crying',
  'blinking',
  'focusing',
  'pink',
  'there',
  'here',
  'alive',
  'safe',
  'coping',
  'okay',
  'ok',
  'well',
  'fine',
  'right',
  'normal',
  'himself',
  'herself',
  'myself',
  'themselves',
  'wanted',
  'worth',
  'allowed',
  'sure',
  'with',
  'afraid',
  'scared',
  'frightened',
  'terrified',
  'living',
  'staying',
]);

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

/** Words joining the items of a list one negation covers ("no fever or rash", "not drowsy nor confused"). */
const LIST_JOINS = new Set(['or', 'nor']);

/** Longest list item (in words) a negation is carried across: "no high temperature or rash". */
const MAX_ITEM_WORDS = 3;

/** Words of a form of "be": "my face isn't drooping", "lips aren't swelling". */
const BE = new Set(['am', 'is', 'are', 'was', 'were']);

/**
 * Whether the match at `start` is negated. `states`: also a state "not" ("i'm not drowsy") and a
 * negation carried along a list ("no fever or rash"); off for crisis language, where "i'm not
 * afraid to die" or "no hope or reason to go on" is the warning itself.
 */
export function isNegated(doc: Doc, start: number, states = true): boolean {
  return negatedAt(doc, start, states ? 2 : -1);
}

/**
 * Whether the words at `start` are negated; `depth`: how many list items back it may still look
 * (-1: plain negations only).
 */
function negatedAt(doc: Doc, start: number, depth: number): boolean {
  const clause = doc.clause[start];
  let end = start;
  // Step back over filler words in the same clause.
  while (end > 0 && doc.clause[end - 1] === clause && FILLERS.has(doc.words[end - 1] ?? '')) end--;
  const next = doc.words[end] ?? '';
  for (const negation of NEGATIONS) {
    const from = end - negation.length;
    if (from < 0 || doc.clause[from] !== clause) continue;
    if (negation.every((word, k) => doc.words[from + k] === word)) {
      if (NOT_NEGATIONS.has(next)) continue;
      return true;
    }
  }
  if (depth < 0) return false;
  if (stateNot(doc, end, clause) && !NEEDED.has(next) && !NEEDED.has(doc.words[start] ?? '')) return true;
  return depth > 0 && !NEEDED.has(doc.words[start] ?? '') && inNegatedList(doc, end, depth);
}

/** A state "not" (or "not really") right before `end`, in its clause. */
function stateNot(doc: Doc, end: number, clause: number | undefined): boolean {
  let not = end - 1;
  if (doc.words[not] === 'really' && doc.clause[not] === clause) not--;
  if (not < 0 || doc.words[not] !== 'not' || doc.clause[not] !== clause) return false;
  // "not really breathing" is still "not breathing"; "not really" alone ("not really sure") is a hedge.
  if (not === end - 2) return true;
  const before = not - 1;
  return before < 0 || doc.clause[before] !== clause || STATE_NOT_BEFORE.has(doc.words[before] ?? '');
}

/**
 * The item at `end` belongs to a list a negation covers: "no fever or rash" (after "or"), "no
 * vomiting, confusion or drowsiness" (an item after a comma, in a list that goes on with "or").
 */
function inNegatedList(doc: Doc, end: number, depth: number): boolean {
  const clause = doc.clause[end];
  const join = end - 1;
  if (join > 0 && doc.clause[join] === clause && LIST_JOINS.has(doc.words[join] ?? '')) {
    for (let k = 1; k <= MAX_ITEM_WORDS; k++) {
      const item = join - k;
      if (item < 0 || doc.clause[item] !== clause) break;
      if (negatedAt(doc, item, depth - 1)) return true;
    }
    return false;
  }
  // An item opening a clause after a comma: negated when the clause before is a short negated
  // item ("no vomiting,") and this clause goes on as a list ("confusion or drowsiness").
  if (end === 0 || doc.clause[end - 1] === clause || doc.sentence[end - 1] !== doc.sentence[end])
    return false;
  if (!listGoesOn(doc, end)) return false;
  let item = end - 1;
  const previous = doc.clause[item];
  while (item > 0 && doc.clause[item - 1] === previous) item--;
  if (end - item > MAX_ITEM_WORDS + 1) return false;
  for (let at = item + 1; at < end; at++) if (negatedAt(doc, at, 0)) return true;
  return false;
}

/**
 * Whether the clause opening at `start` goes on as a list: "or"/"nor" after one or two words and
 * another item after it ("confusion or drowsiness"; "vomiting every hour or so" is not one).
 */
function listGoesOn(doc: Doc, start: number): boolean {
  const clause = doc.clause[start];
  for (let at = start + 1; at <= start + 2 && doc.clause[at] === clause; at++) {
    if (LIST_JOINS.has(doc.words[at] ?? '')) {
      const item = doc.words[at + 1];
      return doc.clause[at + 1] === clause && item !== undefined && !NOT_LIST_ITEMS.has(item);
    }
  }
  return false;
}

/** Words after "or" that end a phrase, not a list ("every hour or so", "or two", "or more"). */
const NOT_LIST_ITEMS = new Set([
  'so',
  'two',
  'three',
  'more',
  'less',
  'something',
  'whatever',
  'not',
  'what',
]);

/** Words between a match and "much" ("not hurting that much", "not bleeding as much"). */
const BEFORE_MUCH = new Set(['that', 'as', 'so', 'too', 'very']);

/**
 * Whether a match ending at `end` is hedged ("it isn't hurting much", "not swollen a lot"): a
 * state "not" then says how much, not that it is absent.
 */
export function isHedged(doc: Doc, end: number): boolean {
  const next = doc.words[end];
  if (next === 'much' || (next === 'a' && doc.words[end + 1] === 'lot')) return true;
  return BEFORE_MUCH.has(next ?? '') && doc.words[end + 1] === 'much';
}

/**
 * "My face isn't drooping", "my lips aren't swelling": a phrase with a gap ("face ... droop*")
 * spans the "is not" between its words. The match is negated when a "be not" sits right before
 * its last word or two. Only for phrases that do not spell out "not" themselves.
 */
export function isNegatedWithin(doc: Doc, start: number, end: number): boolean {
  const last = end - 1;
  const clause = doc.clause[last];
  for (let not = Math.max(start + 2, last - 3); not < last; not++) {
    if (doc.words[not] !== 'not' || doc.clause[not] !== clause || !BE.has(doc.words[not - 1] ?? '')) continue;
    const after = doc.words.slice(not + 1, end).filter((word) => !FILLERS.has(word) && word !== 'really');
    if (after.length === 0 || after.length > 2 || NEEDED.has(after[0] as string)) continue;
    if (doc.clause.slice(not, end).every((c) => c === clause)) return true;
  }
  return false;
}
