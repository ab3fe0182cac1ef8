// People's names: after cues ("my name is", "I'm", "Dr.", "patient", "my son …", "thanks,"),
// and common first names anywhere. A strong cue takes the next word whatever its case; a weak cue
// ("I'm", "my son") only a capitalised word or a known first name, so "I'm tired" stays.
import type { Span } from './span.js';

/** Common first names that are not also everyday English words. */
const FIRST_NAMES = new Set(
  `aaron abigail adam adrian aiden aisha alan albert alejandro alex alexa alexander alexis alice alicia allison alyssa amanda amelia amir amy ana andrea andrew andy angela anita ann anna anne anthony antonio ari ariana arjun ashley aubrey audrey ava barbara becky ben benjamin beth bob betty beverly blake brandon brenda brian brianna brittany brooke bryan caleb cameron camila carl carla carlos carmen carol caroline carter catherine charles charlie charlotte chelsea chen chloe chris christina christine christopher cindy claire connor courtney craig cynthia dan daniel daniela danielle david deborah debra denise dennis derek diana diane diego dmitri donna dorothy dylan eddie edward elena eli elijah elizabeth ella ellie emily emma eric erica erin ethan eva evan evelyn fatima fernando gabriel gabriella gary george gloria greg gregory hailey hannah harper harry heidi helen henry hussein ian isaac isabel isabella jacob jake james jamie jane janet jasmine jason javier jayden jeff jeffrey jen jennifer jeremy jerry jesse jessica jesus jill joan joe joel john johnny jonathan jordan jorge jose joseph joshua juan julia julian justin karen karim kate katherine kathleen kathy katie kayla keisha keith kelly ken kenneth kevin kim kimberly kyle laura lauren leah leo liam linda lisa logan lucas lucy luis luke madison maria mariah marie marisol martha mary mason matt matthew megan melissa mia michael michelle miguel mike mohammed muhammad nancy natalie nathan nicholas nicole noah nora oliver olivia omar oscar owen pablo pamela patricia patrick paul paula peter priya rachel rahul raj ramon rebecca richard rick robert roberto ryan samantha samuel sandra sara sarah scott sean sebastian sergio sharon shawn sofia sophia sophie stephanie steve steven susan taylor teresa thomas tiffany timothy tina tommy tony tyler valerie vanessa victor victoria vincent wei william xavier yusuf zachary zoe`.split(
    /\s+/,
  ),
);

/** Words that follow cues but are never names ("I'm not sure", "this is Really bad"). */
const NOT_NAMES = new Set(
  `a about after again all also always am an and any anyway are as at away back bad be because been being best better both but by can cant concerned confused could currently curious dealing definitely did didnt do does doing done dont down dr dying each even ever every exhausted feeling fine for from getting glad going gonna good got had happy has have having he her here hey hi him his how i if im in into is it its just kind kinda late like literally looking lost mad maybe me more mostly mr mrs ms much my myself need never new next no nope not now of off ok okay old on one only or our out over pregnant pretty probably quite ready real really right sad same scared see she sick since so some sorry still struggling such super sure talking than thank thanks that the their them then there these they thinking this those though tired to today too trying under up us very wanting was we well were what when where which while who why will with worried would wondering yeah yes yet you your tomorrow tonight later asap anytime soon please pls whenever morning evening appointment appt office visit said says told tells gave gives prescribed recommended wants wanted thinks thought asked note notes orders referral who which should has does did can dad mom son daughter wife husband baby kid friend mother father brother sister grandma grandpa patient nurse doctor diabetic allergic asthmatic vegan breastfeeding nursing afraid unsure allowed able`.split(
    /\s+/,
  ),
);

const WORD = /[A-Za-z][A-Za-z'’-]*/g;

interface Token {
  text: string;
  start: number;
  end: number;
}

const PUNCTUATED = /['’-]/;

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => {
    // "Chen's" → Chen: a possessive is not part of the name (most words have no ' or - at all).
    const raw = PUNCTUATED.test(m[0]) ? m[0].replace(/['’]s$/i, '').replace(/['’-]+$/, '') : m[0];
    return { text: raw, start: m.index ?? 0, end: (m.index ?? 0) + raw.length };
  });
}

const isCapitalised = (word: string) =>
  /^[A-Z][a-z]*(?:['’-][A-Z]?[a-z]+)*$/.test(word) || /^Mc[A-Z][a-z]+$/.test(word);
const isName = (word: string) => FIRST_NAMES.has(word.toLowerCase());
const notName = (word: string) =>
  NOT_NAMES.has(PUNCTUATED.test(word) ? word.toLowerCase().replace(/['’]/g, '') : word.toLowerCase());

/** Strong cues: whatever word follows is taken as a name (unless it is a small common word). */
const STRONG_CUES =
  /\b(?:my\s+name\s+is|name\s+is|names\s+is|name's|names|call\s+me|dr|mr|mrs|named|signed|regards|sincerely)\b\.?,?\s*$/i;
/** Weak cues: only a capitalised word or a known first name after them. */
const WEAK_CUES =
  /\b(?:i'?m|im|i\s+am|this\s+is|it'?s|its|hi|hey|hello|patient|pt|client|doctor|nurse|ms|miss|thanks|thank\s+you|cheers|love|xoxo|my\s+(?:son|daughter|wife|husband|mom|mum|mother|dad|father|brother|sister|friend|boyfriend|girlfriend|partner|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|baby|kid|child|nephew|niece|neighbou?r|roommate|coworker|colleague|boss|fiance|fiancee|teacher|coach)(?:'?s)?|our\s+(?:son|daughter|baby|kid|child)|with|and|from|for|to|at|by|ask|asked|see|saw|seeing)\s*,?\s*$/i;

/**
 * Quick tests before the cue patterns (which try every position of the 40 characters before
 * each word): a cue ends with one of these words, then only spaces, a comma or (strong) a full
 * stop. `'s`, `'m` leave "s", "m" as the last run of letters.
 */
const STRONG_CUE_ENDS = new Set([
  'is',
  's',
  'names',
  'me',
  'dr',
  'mr',
  'mrs',
  'named',
  'signed',
  'regards',
  'sincerely',
]);
const RELATIVES =
  'son daughter wife husband mom mum mother dad father brother sister friend boyfriend girlfriend partner grandma grandpa grandmother grandfather aunt uncle cousin baby kid child nephew niece neighbour neighbor roommate coworker colleague boss fiance fiancee teacher coach'.split(
    ' ',
  );
const WEAK_CUE_ENDS = new Set([
  ...'m im am is s its hi hey hello patient pt client doctor nurse ms miss thanks you cheers love xoxo with and from for to at by ask asked see saw seeing'.split(
    ' ',
  ),
  ...RELATIVES,
  ...RELATIVES.map((relative) => `${relative}s`),
]);

const SPACE = /\s/;
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The last run of letters before `end`, lower-cased. */
function lastLetters(text: string, end: number): string {
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/** Could `before` end with a strong cue (then `\.?,?\s*`)? */
function mayEndWithStrongCue(before: string): boolean {
  let end = before.length;
  while (end > 0 && SPACE.test(before[end - 1] as string)) end--;
  if (before[end - 1] === ',') end--;
  if (before[end - 1] === '.') end--;
  return STRONG_CUE_ENDS.has(lastLetters(before, end));
}

/** Could `before` end with a weak cue (then `\s*,?\s*`)? */
function mayEndWithWeakCue(before: string): boolean {
  let end = before.length;
  while (end > 0 && SPACE.test(before[end - 1] as string)) end--;
  if (before[end - 1] === ',') end--;
  while (end > 0 && SPACE.test(before[end - 1] as string)) end--;
  return WEAK_CUE_ENDS.has(lastLetters(before, end));
}

export function detectNames(text: string): Span[] {
  const found: Span[] = [];
  const words = tokens(text);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Token;
    if (notName(word.text) || word.text.length < 2) continue;
    const before = text.slice(Math.max(0, word.start - 40), word.start);
    const capitalised = isCapitalised(word.text);
    const known = isName(word.text);
    const strong = mayEndWithStrongCue(before) && STRONG_CUES.test(before);
    // A weak cue only counts before a known or capitalised name.
    const weak = !strong && (known || capitalised) && mayEndWithWeakCue(before) && WEAK_CUES.test(before);
    // Weak cues like "with" or "and" only count before a capitalised known-looking name.
    const weakOk =
      weak && (known || (capitalised && !/\b(?:with|and|from|for|to|at|by|see|saw)\s*$/i.test(before)));
    if (!(strong || weakOk || (known && (capitalised || word.text === word.text.toLowerCase())))) continue;
    // A sentence-initial capital alone is no evidence; strong cues and known names are.
    let end = word.end;
    let j = i + 1;
    // Surname(s): following capitalised words, or any word after a strong cue's first name when capitalised.
    while (j < words.length && j <= i + 2) {
      const next = words[j] as Token;
      const gap = text.slice(end, next.start);
      if (!/^\s+$|^\s*\.\s*$/.test(gap) || !isCapitalised(next.text) || notName(next.text)) break;
      end = next.end;
      j++;
    }
    push(found, word.start, end, strong ? 58 : weakOk ? 48 : 46);
    i = j - 1;
  }
  return found;

  function push(list: Span[], start: number, end: number, priority: number) {
    list.push({ kind: 'NAME', start, end, priority });
  }
}
