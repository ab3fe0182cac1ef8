// "My dad had a stroke in 2019", "I had chest pain last year": history, not a situation now. A
// match in a clause that dates itself months or years back does not count. Only long spans of
// time: "an hour ago" or "2 days ago" may well be the emergency itself. Words like "now" and
// "but" start a new clause, so "a stroke years ago and now his face droops" still fires.
import type { Doc } from './normalise.js';

const MARKERS: [string, ...(string | RegExp)[]][] = [
  ['last', 'year'],
  ['last', 'month'],
  ['last', /^(summer|winter|spring|autumn|christmas|easter)$/],
  ['years', 'ago'],
  ['years', 'back'],
  ['year', 'back'],
  ['months', 'back'],
  ['year', 'ago'],
  ['months', 'ago'],
  ['month', 'ago'],
  ['in', 'the', 'past'],
  ['history', 'of'],
  ['used', 'to'],
  ['as', 'a', 'child'],
  ['as', 'a', 'kid'],
  ['as', 'a', /^(teen|teenager)$/],
  ['in', 'my', 'teens'],
  ['when', 'i', 'was', 'little'],
  ['when', 'i', 'was', 'young'],
  ['when', 'i', 'was', 'a'],
  ['when', /^(i|he|she)$/, 'was', /^\d+$/],
  ['when', /^(i|she)$/, 'was', 'pregnant'],
  ['back', 'in'],
  ['in', /^(19|20)\d\d$/],
  ['since', /^(19|20)\d\d$/],
  ['survived'],
  ['recovering', 'from'],
  ['recovered', 'from'],
];

/** Words before "used to" that make it "accustomed to" ("get used to it"), not "in the past". */
const ACCUSTOMED_BEFORE = new Set([
  'get',
  'got',
  'gets',
  'getting',
  'be',
  'been',
  'am',
  'is',
  'are',
  'was',
  'were',
]);

/**
 * "Started carbimazole last month": a thing begun a month or so back that is still going on (a new
 * medicine's side effects show in its first weeks). Only when what was started is named between
 * the two ("the pain started last month", "started having fits months ago" stay history), and
 * years back stays history.
 */
const START_WORDS = new Set(['started', 'starting', 'began', 'begun']);
const MONTH_MARKERS = new Set(['last month', 'month ago', 'months ago', 'months back']);
/** Words of the date itself: "started it about 2 months ago". */
const DATE_WORDS = /^(\d+|a|about|around|over|just|nearly|almost|two|three|four|five|six|few|couple|of)$/;

/** The markers by their first word (each begins with a word, not a pattern). */
const MARKERS_BY_FIRST_WORD = new Map<string, (string | RegExp)[][]>();
for (const marker of MARKERS) {
  const first = marker[0];
  const list = MARKERS_BY_FIRST_WORD.get(first);
  if (list) list.push(marker);
  else MARKERS_BY_FIRST_WORD.set(first, [marker]);
}

export function inLongPast(doc: Doc, position: number): boolean {
  const clause = doc.clause[position];
  let from = position;
  while (from > 0 && doc.clause[from - 1] === clause) from--;
  for (let i = from; i < doc.words.length && doc.clause[i] === clause; i++) {
    for (const marker of MARKERS_BY_FIRST_WORD.get(doc.words[i] as string) ?? []) {
      const matches = marker.every((part, k) => {
        const word = doc.words[i + k];
        if (word === undefined || doc.clause[i + k] !== clause) return false;
        return typeof part === 'string' ? word === part : part.test(word);
      });
      // "get used to it", "i am used to it": being accustomed, not the past.
      if (matches && doc.words[i] === 'used' && ACCUSTOMED_BEFORE.has(doc.words[i - 1] ?? '')) continue;
      if (matches && MONTH_MARKERS.has(marker.join(' ')) && startedBefore(doc, from, i)) continue;
      if (matches) return true;
    }
  }
  return false;
}

/** Whether a thing was named as started (a word of START_WORDS, then its name) before the date. */
function startedBefore(doc: Doc, from: number, date: number): boolean {
  let start = date - 1;
  while (start >= from && !START_WORDS.has(doc.words[start] as string)) start--;
  if (start < from) return false;
  const named = doc.words.slice(start + 1, date).filter((word) => !DATE_WORDS.test(word));
  return named.length > 0 && named.length <= 4 && named.every((word) => !word.endsWith('ing'));
}
