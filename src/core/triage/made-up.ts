// "My son keeps shouting 'I can't breathe!' from some cartoon", "a line in a film: 'he's not
// breathing!'", "rehearsing a comedy where my big line is 'tonight I end it all!'": words quoted
// from a film, a book or a script are nobody's situation. A match inside quotation marks is set
// aside only when the message, outside its quotes, names such a source; "he keeps saying 'I can't
// breathe'" names none, so it still counts.
import type { Doc } from './normalise.js';

/**
 * Made-up or performed works a quotation can come from. Not a song, a video or a "story": what
 * someone posts on their story or keeps quoting from lyrics can be their own goodbye.
 */
const WORKS = new Set([
  'film',
  'films',
  'movie',
  'movies',
  'cartoon',
  'cartoons',
  'show',
  'programme',
  'program',
  'series',
  'episode',
  'sitcom',
  'comedy',
  'drama',
  'play',
  'musical',
  'panto',
  'pantomime',
  'novel',
  'book',
  'script',
  'screenplay',
  'scene',
  'anime',
  'advert',
]);

/** Words that lead to a work ("from some cartoon", "watched a film"); "at the show" may be a real evening out. */
const LEADS = new Set([
  'from',
  'in',
  'on',
  'of',
  'watching',
  'watched',
  'reading',
  'writing',
  'wrote',
  'rehearsing',
  'performing',
]);

/** Words between the lead and the work ("from some cartoon", "in the film"). */
const POINTERS = new Set([
  'a',
  'an',
  'the',
  'some',
  'that',
  'this',
  'one',
  'my',
  'our',
  'his',
  'her',
  'their',
  'your',
]);

/** Words after "play", "show" or "drama" that make them a place or a lesson, not a work. */
const NOT_A_WORK_AFTER = new Set([
  'area',
  'ground',
  'park',
  'date',
  'time',
  'centre',
  'center',
  'class',
  'club',
  'lesson',
  'practice',
  'and',
]);

/** Word sequences that name a script or a performance on their own. */
const PERFORMING: string[][] = [
  'a line',
  'my line',
  'my lines',
  'my big line',
  'his line',
  'her line',
  'their line',
  'line from',
  'lines from',
  'line in',
  'lines in',
  'catchphrase',
  'rehearsing',
  'rehearse',
  'rehearsal',
  'rehearsals',
  'audition',
  'auditioning',
  'writing a story',
  'a short story',
  'a character',
  'my character',
  'the character',
  'main character',
  'on tv',
  'on the telly',
  'on netflix',
  'on youtube',
].map((words) => words.split(' '));

/** Whether the message names a film, book, script or performance outside its quotation marks. */
export function namesMadeUpSource(doc: Doc): boolean {
  const { words, quoted } = doc;
  for (let i = 0; i < words.length; i++) {
    if (quoted[i]) continue;
    const word = words[i] as string;
    if (
      WORKS.has(word) &&
      POINTERS.has(words[i - 1] ?? '') &&
      LEADS.has(words[i - 2] ?? '') &&
      !quoted[i - 1] &&
      !NOT_A_WORK_AFTER.has(words[i + 1] ?? '')
    ) {
      return true;
    }
    for (const sequence of PERFORMING) {
      if (sequence.every((part, k) => words[i + k] === part && !quoted[i + k])) return true;
    }
  }
  return false;
}

/** Whether every word of [start, end) stands inside quotation marks. */
export function isQuoted(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!doc.quoted[i]) return false;
  return end > start;
}
