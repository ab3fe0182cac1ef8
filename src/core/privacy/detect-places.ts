// Addresses and places smaller than a state, and ZIP codes: street addresses by shape, towns
// after "I live in" or before a state, a short list of large cities, ZIPs after a cue or a state.
import type { Span } from './span.js';

const STREET_TYPES =
  'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|trail|trl|square|sq|crescent|close|row|pike|loop';
const UNIT = String.raw`(?:,?\s*(?:(?:apt|apartment|unit|suite|ste|room|rm|floor|fl|#)\.?\s*#?\s*[A-Za-z0-9-]+|\d+(?:st|nd|rd|th)\s+(?:floor|fl)))?`;

const STATE_ABBREVIATIONS =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const STATE_NAMES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming';

/** Large towns people name without a cue; words that are also common English words left out. */
const CITIES =
  'new york|nyc|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|san jose|austin|jacksonville|fort worth|columbus|charlotte|indianapolis|san francisco|seattle|denver|boston|el paso|nashville|detroit|oklahoma city|portland|las vegas|memphis|louisville|baltimore|milwaukee|albuquerque|tucson|fresno|sacramento|kansas city|mesa|atlanta|omaha|colorado springs|raleigh|miami|oakland|minneapolis|tulsa|tampa|arlington|new orleans|wichita|cleveland|bakersfield|aurora|anaheim|honolulu|riverside|lexington|stockton|pittsburgh|cincinnati|st louis|saint louis|st paul|toledo|newark|greensboro|plano|lincoln|orlando|irvine|durham|chula vista|laredo|madison|lubbock|winston salem|garland|glendale|hialeah|reno|scottsdale|boise|richmond|spokane|baton rouge|tacoma|des moines|birmingham|rochester|modesto|fayetteville|salt lake city|knoxville|worcester|providence|springfield|brooklyn|queens|bronx|manhattan|harlem|dayton|akron|savannah|hartford|albany|syracuse|buffalo|london|manchester|toronto|vancouver|montreal|sydney|melbourne|dublin|paris|berlin|mumbai|delhi|lagos|nairobi|manila|mexico city';

const STREET_FILLERS = new Set([
  'at',
  'with',
  'on',
  'in',
  'to',
  'for',
  'and',
  'of',
  'my',
  'pm',
  'am',
  'was',
  'is',
  'from',
  'by',
  'the',
  'a',
  'times',
  'mg',
  'per',
]);

const STOP = new Set([
  'a',
  'an',
  'the',
  'my',
  'our',
  'your',
  'his',
  'her',
  'pain',
  'bed',
  'hospital',
  'the',
  'this',
  'that',
  'it',
  'general',
  'town',
  'city',
  'here',
  'there',
  'and',
  'but',
  'so',
  'with',
  'for',
  'to',
  'of',
  'at',
  'on',
  'in',
  'is',
  'was',
  'and',
  'or',
  'i',
  'we',
  'me',
  'us',
  'too',
  'bad',
  'shock',
  'trouble',
  'labor',
  'labour',
  'love',
  'care',
  'school',
  'college',
  'work',
  'recovery',
  'remission',
  'denial',
  'treatment',
  'therapy',
  'rehab',
  'an',
  'what',
  'how',
  'when',
  'not',
  'very',
  'really',
  'so',
  'such',
  'agony',
  'tears',
  'good',
  'fine',
  'ok',
  'okay',
  'shape',
  'public',
  'line',
  'danger',
  'hot',
  'cold',
  'front',
  'front',
  'between',
  'touch',
  'contact',
  'charge',
  'control',
  'ketosis',
  'menopause',
  'quarantine',
  'isolation',
  'traffic',
]);

// Built once (matchAll copies a pattern, so sharing a global one is safe).
const STREET = new RegExp(
  String.raw`\b\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+|north\s+|south\s+|east\s+|west\s+)?(?:[A-Za-z0-9][A-Za-z0-9'.-]*\s+){0,3}(?:${STREET_TYPES})\b\.?${UNIT}`,
  'gi',
);
const STATE = new RegExp(
  String.raw`\b(?:(${STATE_ABBREVIATIONS})|(${STATE_NAMES}))\b(?:,?\s+(\d{5}(?:-\d{4})?)(?![\d-]))?`,
  'gi',
);
const CITY = new RegExp(`\\b(?:${CITIES})\\b`, 'gi');
const STARTS_WITH_CITY = new RegExp(`^(?:${CITIES})\\b`, 'i');

/**
 * The first words a state or city pattern can start with: a match starts at a whole run of
 * ASCII letters, so a text with no such run cannot match and its pattern need not run.
 */
const firstWords = (alternatives: string) =>
  new Set(alternatives.split('|').map((name) => name.split(' ')[0]));
const STATE_ABBREVIATION_SET = new Set(STATE_ABBREVIATIONS.split('|'));
const STATE_FIRST_WORDS = firstWords(STATE_NAMES);
const CITY_FIRST_WORDS = firstWords(CITIES);

/** Which place patterns this text could match at all (most chat names no place). */
function couldHold(text: string): { digit: boolean; state: boolean; city: boolean } {
  const digit = /\d/.test(text);
  let state = digit; // a lower-case abbreviation counts only before a ZIP
  let city = false;
  for (const run of text.match(/[A-Za-z]+/g) ?? []) {
    const lower = run.toLowerCase();
    if (!state && (STATE_ABBREVIATION_SET.has(run) || STATE_FIRST_WORDS.has(lower))) state = true;
    if (!city && CITY_FIRST_WORDS.has(lower)) city = true;
  }
  return { digit, state, city };
}

function push(found: Span[], kind: Span['kind'], start: number, end: number, priority: number): void {
  if (end > start) found.push({ kind, start, end, priority });
}

export function detectPlaces(text: string): Span[] {
  const found: Span[] = [];
  const could = couldHold(text);
  // Street numbers, boxes, units and ZIPs all need a digit.
  const withDigit = (pattern: RegExp) => (could.digit ? text.matchAll(pattern) : []);
  for (const m of withDigit(STREET)) {
    const words = m[0].split(/\s+/);
    // "4/18 at 2pm with Dr. Okafor" is not "… Drive"; small words never sit inside a street name.
    if (words.slice(1, -1).some((w) => STREET_FILLERS.has(w.toLowerCase()))) continue;
    push(found, 'ADDRESS', m.index ?? 0, (m.index ?? 0) + m[0].length, 78);
  }
  for (const m of withDigit(/\b(?:p\.?\s?o\.?\s+box|post\s+office\s+box)\s+\d+\b/gi)) {
    push(found, 'ADDRESS', m.index ?? 0, (m.index ?? 0) + m[0].length, 78);
  }
  for (const m of withDigit(/\b(?:apt|apartment|unit|suite)\.?\s*#?\s*\d+[A-Za-z]?\b/gi)) {
    push(found, 'ADDRESS', m.index ?? 0, (m.index ?? 0) + m[0].length, 50);
  }

  // "City, ST 12345", "City ST", "city tx 78701": the town and the ZIP. Found from each state
  // backwards, so "ave nw, washington dc 20500" still finds washington.
  for (const m of could.state ? text.matchAll(STATE) : []) {
    const [whole, abbreviation, stateName, zip] = m;
    const start = m.index ?? 0;
    const abbreviationOk = abbreviation !== undefined && (abbreviation === abbreviation.toUpperCase() || zip);
    // "in", "me", "or" in lower case with no ZIP after them are words, not states: no town to look for.
    if (!abbreviationOk && stateName === undefined) continue;
    const townMatch = /([A-Za-z][A-Za-z.'-]+(?:\s+[A-Za-z][A-Za-z.'-]+)?),?\s+$/.exec(
      text.slice(Math.max(0, start - 60), start),
    );
    const town = townMatch?.[1] ?? '';
    const nameOk = stateName !== undefined && (/^[A-Z]/.test(town) || zip);
    if (!abbreviationOk && !nameOk) continue;
    const townWords = town.split(/\s+/).filter(Boolean);
    // Keep only the town's own words: drop leading small words ("to", "in", "the").
    while (townWords.length > 0 && STOP.has((townWords[0] ?? '').toLowerCase())) townWords.shift();
    if (townWords.length > 0 && townMatch) {
      const townText = townWords.join(' ');
      const townEnd = start - (townMatch[0].length - (townMatch[1] ?? '').length);
      push(found, 'ADDRESS', townEnd - townText.length, townEnd, 55);
    }
    if (zip) {
      const zipStart = start + whole.lastIndexOf(zip);
      push(found, 'ZIP', zipStart, zipStart + zip.length, 80);
    }
  }

  // "I live in Fresno", "moved to the bronx", "we're from springfield".
  const cue =
    /\b(?:live|living|lives|reside|residing|moved|move|moving|based|located|staying|stay|grew\s+up|from|i'?m|i\s+am|we'?re|we\s+are|currently|here)\s+(?:in|to|at|near|on|outside(?:\s+of)?|from)\s+((?:[A-Za-z][A-Za-z.'-]*)(?:\s+[A-Z][A-Za-z.'-]*){0,2})/gi;
  for (const m of text.matchAll(cue)) {
    const place = m[1] ?? '';
    const first = place.split(/\s+/)[0]?.toLowerCase() ?? '';
    if (STOP.has(first) || /^\d/.test(first)) continue;
    const isCity = STARTS_WITH_CITY.test(place);
    if (!isCity && !/^[A-Z]/.test(place)) continue;
    const start = (m.index ?? 0) + m[0].length - place.length;
    push(found, 'ADDRESS', start, start + place.length, 52);
  }
  for (const m of could.city ? text.matchAll(CITY) : []) {
    push(found, 'ADDRESS', m.index ?? 0, (m.index ?? 0) + m[0].length, 45);
  }

  // ZIP codes after a cue, and the ZIP+4 shape anywhere.
  for (const m of withDigit(
    /\b(?:zip|zipcode|zip\s+code|postal\s+code|postcode)\b(?:\s*(?:is|:|#|code))*\s*(\d{5}(?:-\d{4})?)\b/gi,
  )) {
    const zip = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - zip.length;
    push(found, 'ZIP', start, start + zip.length, 82);
  }
  for (const m of withDigit(/(?<![\d-])\d{5}-\d{4}(?![\d-])/g))
    push(found, 'ZIP', m.index ?? 0, (m.index ?? 0) + m[0].length, 62);
  // UK and Canadian postcodes (upper case, as written on letters).
  for (const m of withDigit(/\b(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/g)) {
    push(found, 'ZIP', m.index ?? 0, (m.index ?? 0) + m[0].length, 62);
  }
  return found;
}
