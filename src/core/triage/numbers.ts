// Reads the numbers rules need from a normalised message: temperatures in either unit, ages of
// babies, how many days something has lasted, pill counts, blood sugar.
import type { Doc } from './normalise.js';

/** Runs `read` once per message: several rules ask for the same numbers. */
function perDoc<T>(read: (doc: Doc) => T): (doc: Doc) => T {
  const cache = new WeakMap<Doc, T>();
  return (doc) => {
    if (cache.has(doc)) return cache.get(doc) as T;
    const value = read(doc);
    cache.set(doc, value);
    return value;
  };
}

/** A table as a Map, so words like "constructor" never hit Object.prototype (and lookups are quick). */
function table(entries: Record<string, number>): ReadonlyMap<string, number> {
  return new Map(Object.entries(entries));
}

function lookup(map: ReadonlyMap<string, number>, key: string): number | undefined {
  return map.get(key);
}

const NUMBER_WORDS = table({
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  couple: 2,
  few: 3,
  several: 3,
  many: 4,
  multiple: 3,
});

/** A number at word i: digits ("38.5", "38 point 4") or a number word ("six"). */
export function numberAt(doc: Doc, i: number): { value: number; next: number } | null {
  const word = doc.words[i];
  if (word === undefined) return null;
  if (/^\d+(\.\d+)?$/.test(word)) {
    const decimals = doc.words[i + 2];
    if (doc.words[i + 1] === 'point' && decimals !== undefined && /^\d+$/.test(decimals)) {
      return { value: Number(`${word}.${decimals}`), next: i + 3 };
    }
    return { value: Number(word), next: i + 1 };
  }
  const spelled = lookup(NUMBER_WORDS, word);
  return spelled === undefined ? null : { value: spelled, next: i + 1 };
}

const TEMPERATURE_WORDS = new Set([
  'temp',
  'temps',
  'temperature',
  'fever',
  'feverish',
  'thermometer',
  'degrees',
  'degree',
  'reading',
  'read',
  'reads',
  'says',
  'spiked',
  'running',
  'hit',
  'febrile',
]);

// Narrow on purpose: a child "out in the heat" with a temperature of 40 is a body, not weather.
const WEATHER_AFTER = new Set(['outside', 'out', 'shade']);
const WEATHER_WORDS = new Set(['weather', 'forecast', 'heatwave']);

/** Whether the reading at `start` (unit ending at `unitEnd`) describes the weather. */
function isWeather(doc: Doc, start: number, unitEnd: number): boolean {
  const after = doc.words.slice(unitEnd, unitEnd + 3);
  if (after.some((w) => WEATHER_AFTER.has(w))) return true;
  const sentence = doc.sentence[start];
  for (let k = Math.max(0, start - 6); k < start; k++) {
    if (doc.sentence[k] === sentence && WEATHER_WORDS.has(doc.words[k] ?? '')) return true;
  }
  return false;
}

/** Words before a number that make it a limit, not a reading, after "if" ("ring if it goes over 38"). */
const THRESHOLD_BEFORE = new Set(['over', 'above', 'exceeds', 'reaches', 'past', 'than']);
const CONDITION_WORDS = new Set(['if', 'unless', 'once', 'whenever']);

/** Whether the number at i is a limit someone was told about: "call if her temp goes over 38". */
function isThreshold(doc: Doc, i: number): boolean {
  if (!THRESHOLD_BEFORE.has(doc.words[i - 1] ?? '')) return false;
  for (let k = Math.max(0, i - 6); k < i - 1; k++) {
    if (doc.sentence[k] === doc.sentence[i] && CONDITION_WORDS.has(doc.words[k] ?? '')) return true;
  }
  return false;
}

/** Temperatures in °C: with a unit, or a plausible body temperature near a temperature word. */
export const temperaturesCelsius = perDoc(function temperaturesCelsius(
  doc: Doc,
): { celsius: number; sentence: number }[] {
  const found: { celsius: number; sentence: number }[] = [];
  for (let i = 0; i < doc.words.length; i++) {
    if (!/^\d/.test(doc.words[i] ?? '')) continue;
    const number = numberAt(doc, i);
    if (!number) continue;
    let unit: 'c' | 'f' | null = null;
    let j = number.next;
    if (doc.words[j] === 'degrees' || doc.words[j] === 'degree' || doc.words[j] === 'deg') j++;
    const unitWord = doc.words[j];
    if (unitWord === 'c' || unitWord === 'celsius' || unitWord === 'centigrade') unit = 'c';
    if (unitWord === 'f' || unitWord === 'fahrenheit' || unitWord === 'farenheit') unit = 'f';
    const value = number.value;
    if (unit === null) {
      const decimal = /\./.test(doc.words[i] ?? '') || doc.words[i + 1] === 'point';
      const nearWord = doc.words
        .slice(Math.max(0, i - 4), Math.min(doc.words.length, j + 2))
        .some((w) => TEMPERATURE_WORDS.has(w));
      if (!decimal && !nearWord) continue;
      if (value >= 34 && value <= 43.5) unit = 'c';
      else if (value >= 93 && value <= 110) unit = 'f';
      else continue;
    }
    // "41 degrees outside", "this heat, 40 degrees": the weather, not a body.
    if (isWeather(doc, i, j)) continue;
    if (isThreshold(doc, i)) continue;
    const celsius = unit === 'c' ? value : ((value - 32) * 5) / 9;
    if (celsius >= 30 && celsius <= 45) found.push({ celsius, sentence: doc.sentence[i] ?? 0 });
  }
  return found;
});

const DAY_UNITS = table({
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  w: 7,
  month: 30.4,
  months: 30.4,
  m: 30.4,
  year: 365,
  years: 365,
  y: 365,
});

const YOUNG_WORDS = new Set([
  'baby',
  'babies',
  'babys',
  'infant',
  'newborn',
  'son',
  'daughter',
  'boy',
  'girl',
  'kid',
  'child',
  'little',
  'bub',
  'bubba',
  'grandson',
  'granddaughter',
  'niece',
  'nephew',
  'twins',
  'preemie',
  // "lo": parents' shorthand for "little one" ("lo is 7 wks"); "ds"/"dd": dear son/daughter.
  'lo',
  'ds',
  'dd',
]);

/** Verbs that make "2mo has ..." / "my 6 week is ..." the child doing something: an age with "old" left out. */
const AGE_SUBJECT_VERBS = new Set([
  'has',
  'had',
  'is',
  'was',
  'keeps',
  'kept',
  'will',
  'would',
  'does',
  'did',
  'can',
  'seems',
  'feels',
  'felt',
  'got',
  'gets',
  'woke',
  'just',
  'refuses',
  'refused',
  'threw',
  'vomited',
  'started',
]);
const AGE_SUBJECT_UNITS = new Set(['day', 'week', 'month', 'year']);

/**
 * "2mo had her jabs", "my 6 week is not feeding": a number with a singular unit, as the subject of
 * a verb, is a child's age with "old" left out (a span would be "2 months has passed", plural).
 */
function isAgeAsSubject(doc: Doc, i: number, next: number): boolean {
  if (!AGE_SUBJECT_UNITS.has(doc.words[next] ?? '')) return false;
  if (!AGE_SUBJECT_VERBS.has(doc.words[next + 1] ?? '')) return false;
  if (doc.sentence[next + 1] !== doc.sentence[i]) return false;
  const number = numberAt(doc, i);
  if (number && number.value >= 2) return true;
  // "1 month has" could be a span; "my 1 month has" is a baby.
  return ['my', 'our'].includes(doc.words[i - 1] ?? '');
}

/** Ages in days: "6 weeks old", "8 week old baby", "my baby is 2 months", "newborn", "2mo has". */
export const agesInDays = perDoc(function agesInDays(doc: Doc): number[] {
  const ages: number[] = [];
  for (let i = 0; i < doc.words.length; i++) {
    const word = doc.words[i] ?? '';
    if (word === 'newborn' || word === 'newborns' || word === 'neonate' || word === 'preemie') ages.push(7);
    const number = numberAt(doc, i);
    if (!number) continue;
    const unitWord = doc.words[number.next] ?? '';
    const perUnit = lookup(DAY_UNITS, unitWord);
    if (perUnit === undefined) continue;
    const after = doc.words.slice(number.next + 1, number.next + 3);
    const before = doc.words.slice(Math.max(0, i - 4), i);
    const isAge =
      after[0] === 'old' ||
      isAgeAsSubject(doc, i, number.next) ||
      after.some((w) => YOUNG_WORDS.has(w)) ||
      (before.some((w) => YOUNG_WORDS.has(w)) && !before.includes('for') && !before.includes('since')) ||
      before[before.length - 1] === 'aged' ||
      // "what counts as a fever in a baby? mine is 5 weeks": "mine" is the baby.
      (before[before.length - 2] === 'mine' && ['is', 'turned'].includes(before[before.length - 1] ?? ''));
    if (isAge) ages.push(number.value * perUnit);
  }
  // "a few weeks old", "weeks old" without a number: a young baby.
  for (let i = 0; i + 1 < doc.words.length; i++) {
    if ((doc.words[i] === 'weeks' || doc.words[i] === 'days') && doc.words[i + 1] === 'old') {
      const previous = doc.words[i - 1] ?? '';
      if (!/^\d/.test(previous) && lookup(NUMBER_WORDS, previous) === undefined) ages.push(21);
    }
  }
  return ages;
});

/** Words before "4 months" / "6 weeks" that make it an age ("she is 4 months", "a baby of 6 weeks"). */
const AGE_BEFORE = new Set([
  'is',
  'aged',
  'age',
  'turned',
  'turning',
  'of',
  'baby',
  'babys',
  'son',
  'daughter',
  'lo',
  'infant',
  'newborn',
  'mine',
]);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** Words after "8 week" / "4 month" that name a routine visit or jab, not a span of illness. */
const VISIT_WORDS = new Set([
  'jab',
  'jabs',
  'shot',
  'shots',
  'vaccine',
  'vaccines',
  'vaccination',
  'vaccinations',
  'immunisation',
  'immunisations',
  'immunization',
  'immunizations',
  'injection',
  'injections',
  'appointment',
  'appointments',
  'appt',
  'check',
  'checkup',
  'review',
  'visit',
  'scan',
]);

/** How long something has lasted, in days: "for 4 days", "5 days now", "a week", "day 3". */
export const durationsInDays = perDoc(function durationsInDays(
  doc: Doc,
): { days: number; sentence: number }[] {
  const found: { days: number; sentence: number }[] = [];
  for (let i = 0; i < doc.words.length; i++) {
    const word = doc.words[i] ?? '';
    const sentence = doc.sentence[i] ?? 0;
    if (word === 'day') {
      const number = numberAt(doc, i + 1);
      if (number) found.push({ days: number.value, sentence });
    }
    const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(word) ?? null;
    const ordinalWord = lookup(ORDINALS, word);
    if ((ordinal || ordinalWord) && doc.words[i + 1] === 'day') {
      found.push({ days: ordinal ? Number(ordinal[1]) : (ordinalWord ?? 0), sentence });
    }
    // "3rd day": the cleaner splits the digits from their suffix.
    if (/^\d+$/.test(word) && ORDINAL_SUFFIXES.has(doc.words[i + 1] ?? '') && doc.words[i + 2] === 'day') {
      found.push({ days: Number(word), sentence });
    }
    const number = numberAt(doc, i);
    if (!number) continue;
    const unit = doc.words[number.next] ?? '';
    if (!['day', 'days', 'week', 'weeks', 'month', 'months'].includes(unit)) continue;
    const after = doc.words[number.next + 1] ?? '';
    if (after === 'old') continue;
    const before = doc.words[i - 1] ?? '';
    if (before === 'in' || before === 'every') continue;
    // "a baby under 3 months", "younger than 6 weeks": an age limit, not how long something has lasted.
    if (
      before === 'under' ||
      before === 'below' ||
      (before === 'than' && /^(younger|older)$/.test(doc.words[i - 2] ?? ''))
    )
      continue;
    // "my baby is 4 months", "a baby of 6 weeks": an age, not how long something has lasted.
    if (unit !== 'day' && unit !== 'days' && AGE_BEFORE.has(before)) continue;
    if (isAgeAsSubject(doc, i, number.next)) continue;
    // "her 8 week jabs", "the 4 month check": names a visit, not how long something has lasted.
    if (VISIT_WORDS.has(after)) continue;
    // "a week after her MMR": when something happened, not how long it lasted ("for 3 days after" still is).
    if ((after === 'after' || after === 'before') && before !== 'for') continue;
    found.push({ days: number.value * (lookup(DAY_UNITS, unit) ?? 1), sentence });
  }
  const sinceWeekday = weekdaySpan(doc);
  if (sinceWeekday) found.push(sinceWeekday);
  return found;
});

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "since friday ... it's monday now": the days between two named weekdays. */
function weekdaySpan(doc: Doc): { days: number; sentence: number } | null {
  let since: { day: number; sentence: number } | null = null;
  let today: number | null = null;
  for (let i = 0; i + 1 < doc.words.length; i++) {
    const day = WEEKDAYS.indexOf(doc.words[i + 1] ?? '');
    if (day < 0) continue;
    const word = doc.words[i];
    if (word === 'since' || word === 'from') since = { day, sentence: doc.sentence[i] ?? 0 };
    if (
      (word === 'is' && ['it', 'today'].includes(doc.words[i - 1] ?? '')) ||
      word === 'its' ||
      word === 'today'
    )
      today = day;
  }
  if (!since || today === null) return null;
  return { days: (today - since.day + 7) % 7 || 7, sentence: since.sentence };
}

const ORDINALS = table({
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
});

/** Words between a count and the medicine: "30 tylenol", "20 of my pills", "12 extra strength advil". */
const COUNT_FILLERS = new Set([
  'of',
  'my',
  'his',
  'her',
  'their',
  'the',
  'extra',
  'strength',
  'more',
  'whole',
  'sleeping',
  // "40 of my mom's sleeping pills": whose they are does not change the count.
  'mom',
  'moms',
  'mum',
  'mums',
  'dad',
  'dads',
  'nans',
  'grans',
  'grandmas',
  'heart',
  'pain',
  // "20 co-codamol" reads as "20 co codamol": the prefix of the combined painkiller's name.
  'co',
]);
/** A unit after the number means a dose ("20 mg tablets"), not a count. */
const DOSE_UNITS = new Set(['mg', 'mcg', 'g', 'ml', 'units', 'unit', 'iu', 'milligrams', 'grams', 'percent']);

/** Counts written just before a medicine word ("30 tylenol", "20 of my pills"). */
export function countsBefore(doc: Doc, isMedicine: (i: number) => boolean): number[] {
  const counts: number[] = [];
  for (let i = 0; i < doc.words.length; i++) {
    if (!/^\d+$/.test(doc.words[i] ?? '')) continue;
    let j = i + 1;
    if (DOSE_UNITS.has(doc.words[j] ?? '')) continue;
    while (j < i + 5 && COUNT_FILLERS.has(doc.words[j] ?? '')) j++;
    // "30 of my 500 mg paracetamol": the strength between the count and the medicine.
    if (/^\d+$/.test(doc.words[j] ?? '') && DOSE_UNITS.has(doc.words[j + 1] ?? '')) j += 2;
    if (isMedicine(j)) counts.push(Number(doc.words[i]));
  }
  return counts;
}

const SUGAR_WORDS = new Set(['sugar', 'sugars', 'glucose', 'bg', 'bgl', 'bs', 'reading', 'cbg', 'levels']);

/** Blood sugar readings in mg/dL (values under 35 are read as mmol/L). */
export const bloodSugars = perDoc(function bloodSugars(doc: Doc): number[] {
  const readings: number[] = [];
  for (let i = 0; i < doc.words.length; i++) {
    if (!SUGAR_WORDS.has(doc.words[i] ?? '')) continue;
    for (let j = i + 1; j <= i + 4 && j < doc.words.length; j++) {
      const number = /^\d/.test(doc.words[j] ?? '') ? numberAt(doc, j) : null;
      if (number) {
        readings.push(number.value < 35 ? number.value * 18 : number.value);
        break;
      }
    }
  }
  return readings;
});

/** Words that name a heart rate just before its number ("pulse 160", "heart rate of 155"). */
const HEART_RATE_WORDS = new Set(['pulse', 'heartrate', 'bpm', 'heartbeat', 'rate']);
/** A device reading ("my watch says 170") is a heart rate only when the message is about the heart. */
const HEART_DEVICE_WORDS = new Set(['watch', 'fitbit', 'monitor', 'oximeter', 'machine']);
const HEART_CONTEXT_WORDS = new Set(['heart', 'pulse', 'racing', 'pounding', 'palpitations', 'beating']);
/** Words between the rate word and the number: "pulse is 160", "heart rate of 155", "watch says 170". */
const RATE_FILLERS = new Set([
  'is',
  'was',
  'of',
  'at',
  'says',
  'said',
  'reads',
  'showing',
  'shows',
  'up',
  'to',
  'now',
  'about',
  'around',
  'over',
]);
/** A unit after the number makes it something else: blood pressure ("160 over 90"), steps, doses. */
const NOT_RATE_AFTER = new Set([
  'over',
  'steps',
  'calories',
  'kcal',
  'mg',
  'ml',
  'mmol',
  'percent',
  'kg',
  'lbs',
  'pounds',
  'units',
]);

/** Heart rates in beats per minute: "pulse 160", "180 bpm", "heart rate of 155", "my watch says 170". */
export const heartRates = perDoc(function heartRates(doc: Doc): number[] {
  const rates: number[] = [];
  const aboutHeart = doc.words.some((w) => HEART_CONTEXT_WORDS.has(w));
  for (let i = 0; i < doc.words.length; i++) {
    const word = doc.words[i] ?? '';
    if (!/^\d+$/.test(word)) continue;
    const value = Number(word);
    if (value < 30 || value > 300) continue;
    const after = doc.words[i + 1] ?? '';
    if (NOT_RATE_AFTER.has(after)) continue;
    if (after === 'bpm' || (after === 'beats' && doc.words[i + 2] !== 'of')) {
      rates.push(value);
      continue;
    }
    let k = i - 1;
    while (k >= i - 3 && RATE_FILLERS.has(doc.words[k] ?? '')) k--;
    const named = doc.words[k] ?? '';
    const rateWord = named === 'rate' ? doc.words[k - 1] === 'heart' : HEART_RATE_WORDS.has(named);
    if (rateWord || (aboutHeart && HEART_DEVICE_WORDS.has(named))) rates.push(value);
  }
  return rates;
});

/** INR readings (warfarin): the first number within a few words after "inr" ("inr came back at 7.2"). */
export const inrReadings = perDoc(function inrReadings(doc: Doc): number[] {
  const readings: number[] = [];
  for (let i = 0; i < doc.words.length; i++) {
    if (doc.words[i] !== 'inr') continue;
    for (let j = i + 1; j <= i + 5 && j < doc.words.length && doc.sentence[j] === doc.sentence[i]; j++) {
      const number = /^\d/.test(doc.words[j] ?? '') ? numberAt(doc, j) : null;
      if (number) {
        if (number.value > 0 && number.value <= 20) readings.push(number.value);
        break;
      }
    }
  }
  return readings;
});

/** Words naming an oxygen saturation ("sats 82", "o2 88%", "spo2 91", "oxygen levels dropped to 89"). */
const SATURATION_WORDS = new Set([
  'sats',
  'sat',
  'saturation',
  'saturations',
  'sats',
  'oxygen',
  'oximeter',
  'ox',
]);
/** Words between the name and the number: "sats are only 88", "oxygen level has dropped to 89". */
const SATURATION_FILLERS = new Set([
  'is',
  'was',
  'are',
  'were',
  'at',
  'of',
  'level',
  'levels',
  'reading',
  'reads',
  'read',
  'says',
  'said',
  'showing',
  'shows',
  'dropped',
  'dropping',
  'down',
  'to',
  'now',
  'only',
  'about',
  'around',
  'sitting',
  'keep',
  'keeps',
  'been',
  'has',
  'have',
  'gone',
  'went',
  'fell',
  'falling',
  'dipping',
  'dipped',
  'on',
  'the',
  'monitor',
  'my',
  'his',
  'her',
  'just',
  'under',
  'below',
  'saturation',
  'sats',
  'in',
  'low',
]);
/** A saturation target or range ("target sats 88 to 92") is advice, not a reading. */
const SATURATION_NOT_READING = new Set([
  'target',
  'aim',
  'range',
  'between',
  'supposed',
  'should',
  'litres',
  'liters',
  'l',
  'lpm',
  'concentrator',
  'cylinder',
]);

/** Whether the words from i name an oxygen saturation; returns the index after the name. */
function saturationNameEnd(doc: Doc, i: number): number | null {
  const word = doc.words[i] ?? '';
  // "o2", "spo2" come out of normalising as "o 2", "spo 2".
  if ((word === 'o' || word === 'spo' || word === 'sp') && doc.words[i + 1] === '2') return i + 2;
  if (word === 'spo2' || word === 'o2') return i + 1;
  if (word === 'pulse' && doc.words[i + 1] === 'ox') return i + 2;
  return SATURATION_WORDS.has(word) ? i + 1 : null;
}

/** Oxygen saturations in percent: a number 50-100 just after (or before) a saturation word. */
export const oxygenSaturations = perDoc(function oxygenSaturations(doc: Doc): number[] {
  const readings: number[] = [];
  const isReading = (w: string | undefined) =>
    /^\d+(\.\d+)?$/.test(w ?? '') && Number(w) >= 50 && Number(w) <= 100;
  for (let i = 0; i < doc.words.length; i++) {
    const end = saturationNameEnd(doc, i);
    if (end === null) continue;
    const near = doc.words.slice(Math.max(0, i - 3), end + 4);
    if (near.some((w) => SATURATION_NOT_READING.has(w))) continue;
    // "88 sats", "88% o2": the reading before the name.
    if (isReading(doc.words[i - 1]) && doc.sentence[i - 1] === doc.sentence[i]) {
      readings.push(Number(doc.words[i - 1]));
      continue;
    }
    let j = end;
    while (j < end + 5 && SATURATION_FILLERS.has(doc.words[j] ?? '')) j++;
    if (doc.sentence[j] === doc.sentence[i] && isReading(doc.words[j])) readings.push(Number(doc.words[j]));
  }
  return readings;
});

/** Words that say a message is about blood pressure ("bp", "cuff", "pre-e"). */
const BLOOD_PRESSURE_WORDS = new Set([
  'bp',
  'bps',
  'pressure',
  'pressures',
  'cuff',
  'systolic',
  'diastolic',
  'mmhg',
  'hypertension',
  'eclampsia',
  'preeclampsia',
  'pet',
]);

/**
 * Blood pressure readings: "162/108", "170 over 110", "bp 155 / 102", in a message that names blood
 * pressure. The slash is gone after normalising, so "162/108" reads as two numbers split by a pause.
 */
export const bloodPressures = perDoc(function bloodPressures(
  doc: Doc,
): { systolic: number; diastolic: number; sentence: number }[] {
  if (!doc.words.some((w) => BLOOD_PRESSURE_WORDS.has(w))) return [];
  const found: { systolic: number; diastolic: number; sentence: number }[] = [];
  for (let i = 0; i + 1 < doc.words.length; i++) {
    const word = doc.words[i] ?? '';
    if (!/^\d+$/.test(word)) continue;
    let j = i + 1;
    if (doc.words[j] === 'over') j++;
    // "162/108": a pause between the numbers; "162 108" without one is two unrelated numbers.
    else if (doc.clause[j] === doc.clause[i]) continue;
    if (doc.sentence[j] !== doc.sentence[i] || !/^\d+$/.test(doc.words[j] ?? '')) continue;
    const systolic = Number(word);
    const diastolic = Number(doc.words[j]);
    if (systolic < 70 || systolic > 260 || diastolic < 35 || diastolic > 160 || diastolic >= systolic)
      continue;
    found.push({ systolic, diastolic, sentence: doc.sentence[i] ?? 0 });
  }
  return found;
});

/** Words after "8 weeks" that make it time since the birth, a span or a baby's age, not a pregnancy. */
const NOT_GESTATION_AFTER = new Set([
  'old',
  'pp',
  'postpartum',
  'post',
  'postnatal',
  'ago',
  'after',
  'since',
  'later',
  'of',
  'now',
  'straight',
  'off',
  'in',
]);
/** Words just before "8 weeks" that make it a span ("for 2 weeks") rather than how far along. */
const NOT_GESTATION_BEFORE = new Set([
  'for',
  'in',
  'every',
  'last',
  'past',
  'next',
  'few',
  'pp',
  'postpartum',
  'first',
  'about',
  'over',
  'within',
  'under',
]);
const PREGNANT_AFTER = new Set(['pregnant', 'preg', 'along', 'gestation', 'pg', 'pregnancy']);
/** "at 29 wks", "i am 8 weeks", "she is 35 weeks": a woman's weeks, unless a baby is the subject. */
const GESTATION_BEFORE = new Set(['at', 'am', 'im']);
const GREETINGS = new Set([
  'hi',
  'hey',
  'hello',
  'all',
  'guys',
  'everyone',
  'ladies',
  'mamas',
  'so',
  'okay',
  'update',
]);
const PREGNANCY_VISITS = new Set(['scan', 'appt', 'appointment', 'antenatal', 'midwife', 'mw', 'growth']);

/**
 * How many weeks pregnant: "20 wks pregnant", "35+6" (weeks+days), "at 29 wks", "33 weeks." on its
 * own, "7 months pregnant", "my 37 wk appt". A baby's age ("LO is 7 wks", "6 wks pp") is not one.
 */
export const gestationWeeks = perDoc(function gestationWeeks(doc: Doc): number[] {
  const weeks: number[] = [];
  const young = (k: number) => YOUNG_WORDS.has(doc.words[k] ?? '');
  for (let i = 0; i < doc.words.length; i++) {
    const word = doc.words[i] ?? '';
    if (!/^\d+$/.test(word)) continue;
    const value = Number(word);
    const unit = doc.words[i + 1] ?? '';
    const after = doc.words[i + 2] ?? '';
    const before = doc.words[i - 1] ?? '';
    const sameClause = (k: number) => doc.clause[k] === doc.clause[i];
    // "35+6": the plus is dropped, leaving weeks and a single-digit day count side by side.
    if (
      /^[0-6]$/.test(unit) &&
      value >= 4 &&
      value <= 42 &&
      sameClause(i + 1) &&
      !DOSE_UNITS.has(after) &&
      lookup(DAY_UNITS, after) === undefined
    ) {
      weeks.push(value + Number(unit) / 7);
      continue;
    }
    if ((unit === 'months' || unit === 'month') && PREGNANT_AFTER.has(after) && value <= 10) {
      weeks.push(value * 4.35);
      continue;
    }
    if (unit !== 'weeks' && unit !== 'week' && unit !== 'w') continue;
    if (value < 3 || value > 42) continue;
    if (PREGNANT_AFTER.has(after) || (after === 'and' && /^[0-6]$/.test(doc.words[i + 3] ?? ''))) {
      weeks.push(value);
      continue;
    }
    if (NOT_GESTATION_AFTER.has(after) || NOT_GESTATION_BEFORE.has(before)) continue;
    // "LO is 7 wks", "LO (6 wks)": a child's age; "can't feel the baby move today, 32 wks" is not.
    if (young(i - 1) || [2, 3].some((k) => young(i - k) && sameClause(i - k))) continue;
    // "born a bit early (36 weeks)": the baby's birth, not a pregnancy now.
    if (doc.words.slice(Math.max(0, i - 4), i).some((w) => w === 'born' || w === 'delivered')) continue;
    // "our baby had a fever at 10 weeks": a baby earlier in the sentence makes "at" its age.
    const babyInSentence = doc.words
      .slice(0, i)
      .some((w, k) => doc.sentence[k] === doc.sentence[i] && YOUNG_WORDS.has(w));
    // "my 37 wk appt", "the 20 week scan": a pregnancy visit named by its week.
    if (PREGNANCY_VISITS.has(after) && (after === 'scan' || value >= 10)) {
      weeks.push(value);
      continue;
    }
    const subject =
      ['is', 'was'].includes(before) &&
      ['she', 'wife', 'partner', 'girlfriend', 'sister'].includes(doc.words[i - 2] ?? '');
    // "8 wks, sharp pain ..." / "33 weeks." / "... this morning, 34 weeks, little bit": weeks standing alone.
    const alone =
      (i === 0 || !sameClause(i - 1)) &&
      (i + 2 >= doc.words.length || doc.clause[i + 2] !== doc.clause[i + 1]);
    // "hi all, 36 wks" / "hey all 35 wks.": a greeting before the weeks still opens the message.
    let start = i;
    while (
      start > 0 &&
      doc.sentence[start - 1] === doc.sentence[i] &&
      GREETINGS.has(doc.words[start - 1] ?? '')
    )
      start--;
    const opening = start === 0 || doc.sentence[start - 1] !== doc.sentence[i];
    if ((GESTATION_BEFORE.has(before) && !babyInSentence) || subject || alone || opening) weeks.push(value);
  }
  return weeks;
});
