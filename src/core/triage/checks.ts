// Named checks for what phrases cannot express: numbers. A clinician writes them in triage.yaml as
//   check: infant-fever                 baby under 3 months AND (38 °C / 100.4 °F or more, or "fever")
//   check: temperature >= 40 C          any temperature, either unit (100.4 F, 38.2C, 38,5)
//   check: age < 3 months               a baby's age ("6 wk old", "8 week old baby", "newborn")
//   check: duration >= 3 days           how long it has lasted ("for 4 days", "day 3", "a week")
//   check: pill count >= 10             "took 30 tylenol", "20 pills"
//   check: blood sugar >= 300           mg/dL (mmol/L values are converted)
//   check: heart rate >= 150            beats per minute ("pulse 160", "180 bpm", "watch says 170")
//   check: inr >= 5                     an INR reading on warfarin ("inr came back at 7.2")
//   check: blood pressure >= 160/110    a reading at or above EITHER number ("bp 162/108", "170 over 95")
//   check: gestation >= 24 weeks        how far along a pregnancy is ("30+1", "28 wks pregnant", "at 29 wks")
//   check: oxygen saturation < 92       a pulse-oximeter reading in percent ("sats 82", "o2 88%", "spo2 91")
import { isNegated } from './negation.js';
import type { Doc } from './normalise.js';
import {
  agesInDays,
  bloodPressures,
  bloodSugars,
  countsBefore,
  durationsInDays,
  gestationWeeks,
  heartRates,
  inrReadings,
  oxygenSaturations,
  temperaturesCelsius,
} from './numbers.js';

/** A compiled check: the sentences holding its evidence (empty when it does not hold). */
export type Check = (doc: Doc) => number[];

export type CheckResult = { ok: true; check: Check } | { ok: false; message: string; fix: string };

const FEVER_AGE_DAYS = 91;
const FEVER_CELSIUS = 38;

const FEVER_WORDS = new Set([
  'fever',
  'fevers',
  'feverish',
  'febrile',
  'fevering',
  'feaver',
  'fevre',
  'fver',
]);
const MEDICINE_WORDS =
  /^(pills?|tablets?|tabs|capsules?|caps|meds|tylenol|paracetamol|acetaminophen|ibuprofen|advil|motrin|aspirin|benadryl|xanax|valium|ambien|oxy\w*|percocet|vicodin|adderall|sleeping|antidepressants?|gummies|vitamins?|melatonin|insulin)$/;
/**
 * Prescription medicines people take too many of, named without "pills" or "tablets" ("30 of my
 * sertraline"): a count before one of these is a pill count too.
 */
const MEDICINE_NAMES = new Set([
  'sertraline',
  'citalopram',
  'escitalopram',
  'fluoxetine',
  'paroxetine',
  'mirtazapine',
  'amitriptyline',
  'venlafaxine',
  'duloxetine',
  'prozac',
  'zoloft',
  'lexapro',
  'quetiapine',
  'seroquel',
  'olanzapine',
  'lithium',
  'lamotrigine',
  'gabapentin',
  'pregabalin',
  'diazepam',
  'lorazepam',
  'clonazepam',
  'alprazolam',
  'zopiclone',
  'zolpidem',
  'temazepam',
  'propranolol',
  'codeine',
  'codamol',
  'cocodamol',
  'tramadol',
  'naproxen',
  'nurofen',
  'aleve',
  'excedrin',
  'metformin',
  'amlodipine',
  'warfarin',
  'digoxin',
  'trazodone',
  'panadol',
  'solpadeine',
  'dihydrocodeine',
]);

/** The word a pill count counts: "30 tylenol", "20 of my pills", "30 of my sertraline". */
export function isMedicineWord(word: string): boolean {
  return MEDICINE_WORDS.test(word) || MEDICINE_NAMES.has(word);
}

const CHECK_HELP =
  'Use one of: infant-fever, temperature >= 40 C, age < 3 months, duration >= 3 days, pill count >= 10, blood sugar >= 300, heart rate >= 150, inr >= 5, blood pressure >= 160/110, gestation >= 24 weeks, oxygen saturation < 92.';

export function compileCheck(source: string): CheckResult {
  const text = source.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === 'infant-fever') return { ok: true, check: infantFever };
  const pressure = /^blood pressure >= (\d+) ?\/ ?(\d+)$/.exec(text);
  if (pressure) return { ok: true, check: bloodPressureAtLeast(Number(pressure[1]), Number(pressure[2])) };
  const match =
    /^(temperature|age|duration|pill count|blood sugar|heart rate|inr|gestation|oxygen saturation) (>=|<) (\d+(?:[.,]\d+)?) ?([a-z]*)$/.exec(
      text,
    );
  if (!match) return { ok: false, message: `the check "${source}" is not one vetted knows`, fix: CHECK_HELP };
  const [, name, operator, rawValue, rawUnit] = match as unknown as [string, string, string, string, string];
  const value = Number(rawValue.replace(',', '.'));
  const compare = (x: number) => (operator === '>=' ? x >= value : x < value);
  const unit = rawUnit ?? '';
  switch (name) {
    case 'temperature': {
      if (unit !== 'c' && unit !== 'f') {
        return {
          ok: false,
          message: `the check "${source}" needs a unit`,
          fix: 'End it with C or F, e.g. "temperature >= 40 C".',
        };
      }
      const threshold = unit === 'c' ? value : ((value - 32) * 5) / 9;
      const passes = (celsius: number) =>
        operator === '>=' ? celsius >= threshold - 1e-9 : celsius < threshold;
      return {
        ok: true,
        check: (doc) =>
          temperaturesCelsius(doc)
            .filter((t) => passes(t.celsius))
            .map((t) => t.sentence),
      };
    }
    case 'age': {
      const perUnit = {
        days: 1,
        day: 1,
        weeks: 7,
        week: 7,
        months: 30.4,
        month: 30.4,
        years: 365,
        year: 365,
      }[unit];
      if (perUnit === undefined) {
        return {
          ok: false,
          message: `the check "${source}" needs a unit`,
          fix: 'End it with days, weeks, months or years.',
        };
      }
      const limit = value * perUnit;
      const passes = (days: number) => (operator === '>=' ? days >= limit : days < limit - 0.5);
      return { ok: true, check: (doc) => (agesInDays(doc).some(passes) ? allSentences(doc) : []) };
    }
    case 'duration': {
      const perUnit = { days: 1, day: 1, weeks: 7, week: 7 }[unit];
      if (perUnit === undefined) {
        return {
          ok: false,
          message: `the check "${source}" needs a unit`,
          fix: 'End it with days or weeks.',
        };
      }
      return {
        ok: true,
        check: (doc) =>
          durationsInDays(doc)
            .filter((d) => compare(d.days / perUnit))
            .map((d) => d.sentence),
      };
    }
    case 'pill count':
      return {
        ok: true,
        check: (doc) =>
          countsBefore(doc, (i) => isMedicineWord(doc.words[i] ?? '')).some(compare) ? allSentences(doc) : [],
      };
    case 'blood sugar':
      return { ok: true, check: (doc) => (bloodSugars(doc).some(compare) ? allSentences(doc) : []) };
    case 'heart rate':
      return { ok: true, check: (doc) => (heartRates(doc).some(compare) ? allSentences(doc) : []) };
    case 'oxygen saturation':
      return { ok: true, check: (doc) => (oxygenSaturations(doc).some(compare) ? allSentences(doc) : []) };
    case 'inr':
      return { ok: true, check: (doc) => (inrReadings(doc).some(compare) ? allSentences(doc) : []) };
    case 'gestation': {
      if (unit !== 'weeks' && unit !== 'week') {
        return {
          ok: false,
          message: `the check "${source}" needs a unit`,
          fix: 'End it with weeks, e.g. "gestation >= 24 weeks".',
        };
      }
      return { ok: true, check: (doc) => (gestationWeeks(doc).some(compare) ? allSentences(doc) : []) };
    }
    default:
      return { ok: false, message: `the check "${source}" is not one vetted knows`, fix: CHECK_HELP };
  }
}

/** Severe when either number reaches its threshold: 165/95 and 150/112 both count for 160/110. */
function bloodPressureAtLeast(systolic: number, diastolic: number): Check {
  return (doc) =>
    bloodPressures(doc)
      .filter((r) => r.systolic >= systolic || r.diastolic >= diastolic)
      .map((r) => r.sentence);
}

function allSentences(doc: Doc): number[] {
  return [...new Set(doc.sentence)];
}

/** A baby under 3 months with a measured 38 °C / 100.4 °F or more, or a fever in words. */
function infantFever(doc: Doc): number[] {
  if (!agesInDays(doc).some((days) => days < FEVER_AGE_DAYS)) return [];
  const measured = temperaturesCelsius(doc)
    .filter((t) => t.celsius >= FEVER_CELSIUS - 1e-9)
    .map((t) => t.sentence);
  const said: number[] = [];
  for (let i = 0; i < doc.words.length; i++) {
    const word = doc.words[i] ?? '';
    const next = doc.words[i + 1] ?? '';
    const feverish =
      FEVER_WORDS.has(word) ||
      (word === 'burning' && next === 'up') ||
      (word === 'hot' && ['to', 'and', 'all'].includes(next)) ||
      (['feels', 'felt', 'feel', 'is', 'very', 'really', 'so'].includes(doc.words[i - 1] ?? '') &&
        word === 'hot') ||
      ((word === 'temp' || word === 'temperature') && ['a', 'high'].includes(doc.words[i - 1] ?? ''));
    if (feverish && !isNegated(doc, i)) said.push(doc.sentence[i] ?? 0);
  }
  // A measured temperature below 38 °C outweighs the word "fever" only when no reading is high.
  const readings = temperaturesCelsius(doc);
  if (measured.length > 0) return measured;
  if (readings.length > 0) return [];
  return said;
}
