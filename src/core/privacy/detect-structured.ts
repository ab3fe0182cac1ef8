// Identifiers with a recognisable shape or a cue word before them: contact details, numbers that
// belong to one person (SSN, record, plan, account, licence), dates, ages over 89, web and
// device identifiers. Each detector returns spans on the original text.
import type { IdentifierKind, Span } from './span.js';

type Detector = (text: string) => Span[];

/**
 * A detector with what every one of its matches needs (a digit, an "@", ...): most chat holds
 * no digit, so most detectors are skipped without running their patterns.
 */
interface Guarded {
  needs: RegExp;
  detect: Detector;
}

function guarded(needs: RegExp, detect: Detector): Guarded {
  return { needs, detect };
}

// What detectors need (non-global patterns: `test` keeps no state between calls).
const DIGIT = /\d/;
const AT_SIGN = /@/;
const MAIL_PROVIDER = /gmail|yahoo|hotmail|outlook|icloud|aol|proton|live|msn|comcast/i;
const WEB_ADDRESS = /\.|https?:\/\//i;
const COLON_OR_DASH = /[:-]/;
const COLON = /:/;
const DASH = /-/;

/** All matches of a global regex as spans; `group` picks the part to redact. */
function spans(text: string, pattern: RegExp, kind: IdentifierKind, priority: number, group = 0): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = match[group];
    if (!value) continue;
    const offset = group === 0 ? 0 : match[0].indexOf(value);
    const start = (match.index ?? 0) + offset;
    found.push({ kind, start, end: start + value.length, priority });
  }
  return found;
}

// Priorities: higher wins when spans overlap (a cue says more than a shape).
const CUED = 80;
const SHAPE = 60;
const LOOSE = 40;

/** A value after a cue word: letters/digits with at least one digit, dashes allowed. */
const VALUE = String.raw`(?:[:#=]|\s)*(?:(?:number|no\.?|num|#|is|was|are|id|on|at)\s*[:#]?\s*)*(\+?\(?\d[\d().\s-]{3,}\d(?![A-Za-z])|[A-Za-z0-9][A-Za-z0-9-]*\d[A-Za-z0-9-]*(?:\s\d{1,3}(?=\s*$|\s*[,.;)]))?)`;

function cued(cues: string, kind: IdentifierKind): Detector {
  const pattern = new RegExp(String.raw`\b(?:${cues})(?![A-Za-z])${VALUE}`, 'gi');
  return (text) =>
    spans(text, pattern, kind, CUED, 1).map((span) => {
      // Trim a trailing dash or space the value pattern may have taken.
      const value = text.slice(span.start, span.end).replace(/[\s-]+$/, '');
      return { ...span, end: span.start + value.length };
    });
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const ORDINAL_DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
/** "March 3rd", "the 3rd of March, 2024", "Sept 2024". */
const DATE_IN_WORDS = new RegExp(
  String.raw`\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?(?:${MONTHS})\.?\s+${ORDINAL_DAY}(?:,?\s+\d{4}(?![-/.]\d))?\b|\b(?:the\s+)?${ORDINAL_DAY}\s+(?:of\s+)?(?:${MONTHS})\b\.?(?:,?\s+\d{4}(?![-/.]\d))?|\b(?:${MONTHS})\.?\s+\d{4}\b`,
  'gi',
);

/** Numeric dates like 3/14 are only dates when month and day are plausible and no unit follows. */
function plausibleNumericDate(text: string, span: Span): boolean {
  const value = text.slice(span.start, span.end);
  const parts = value.split(/[/.-]/).map(Number);
  const [a = 0, b = 0, c] = parts;
  if (/^\d{4}/.test(value)) return b >= 1 && b <= 12 && (c ?? 1) >= 1 && (c ?? 1) <= 31;
  const monthFirst = a >= 1 && a <= 12 && b >= 1 && b <= 31;
  const dayFirst = b >= 1 && b <= 12 && a >= 1 && a <= 31;
  if (!monthFirst && !dayFirst) return false;
  if (parts.length === 2) {
    // "1/2 tablet", "3/4 cup", "2/3 of": fractions, not dates.
    const after = text.slice(span.end, span.end + 12).toLowerCase();
    if (
      /^\s*(?:of|tab|tablet|pill|cup|tsp|tbsp|teaspoon|tablespoon|dose|mg|ml|inch|mile|hour|hr|day|week|strength|a |an )/.test(
        after,
      )
    ) {
      return false;
    }
    if (value.includes('.')) return false;
  }
  return true;
}

const DETECTORS: Guarded[] = [
  // Contact details.
  guarded(AT_SIGN, (text) =>
    spans(
      text,
      /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,24}/g,
      'EMAIL',
      95,
    ),
  ),
  guarded(MAIL_PROVIDER, (text) =>
    spans(
      text,
      /\b[\w+-]{1,40}(?:\s*(?:\.|\(dot\)|\[dot\]|\sdot\s)\s*[\w+-]{1,40}){0,3}\s*(?:\(at\)|\[at\]|\sat\s)\s*(?:gmail|yahoo|hotmail|outlook|icloud|aol|proton(?:mail)?|live|msn|comcast)\s*(?:\.|\(dot\)|\[dot\]|\sdot\s)\s*(?:com|net|org)\b/gi,
      'EMAIL',
      95,
    ),
  ),
  guarded(WEB_ADDRESS, (text) =>
    spans(
      text,
      /\b(?:https?:\/\/|www\.)[^\s<>"')\]]{0,2000}[^\s<>"')\].,;:!?]|\b(?:[a-z0-9-]{1,63}\.){1,5}(?:com|org|net|io|co|us|uk|health|gov|edu|me|ly|app|info|biz)(?:\/[^\s<>"')\]]*[^\s<>"')\].,;:!?])?\b/gi,
      'URL',
      90,
    ),
  ),
  // Web and device identifiers.
  guarded(COLON_OR_DASH, (text) => spans(text, /\b[0-9a-f]{2}(?:[:-][0-9a-f]{2}){5}\b/gi, 'DEVICE', 92)),
  guarded(DIGIT, (text) =>
    spans(
      text,
      /\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b/g,
      'IP',
      91,
    ),
  ),
  guarded(COLON, (text) =>
    spans(
      text,
      /(?<![\w:])(?=[0-9a-f:]{0,39}:[0-9a-f:]{0,39}:)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])/gi,
      'IP',
      91,
    ).filter((span) => {
      const value = text.slice(span.start, span.end);
      const groups = value.split(':');
      // One "::" at most, and not a time like 10:30:45.
      if ((value.match(/::/g) ?? []).length > 1 || value.includes(':::')) return false;
      return value.includes('::')
        ? groups.filter(Boolean).length >= 1 && value.length >= 3
        : groups.length === 8 || /[a-f]/i.test(value);
    }),
  ),
  guarded(DASH, (text) =>
    spans(text, /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, 'DEVICE', 92),
  ),
  guarded(
    DIGIT,
    cued(
      String.raw`serial|s\/n|sn|imei|meid|udid|device(?:\s+(?:id|serial))?|pump\s+serial|mac\s+address|mac`,
      'DEVICE',
    ),
  ),
  // Government and health numbers.
  guarded(DIGIT, (text) =>
    spans(text, /\b(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}\b/g, 'SSN', 85),
  ),
  guarded(DIGIT, cued(String.raw`ssn|social\s+security(?:\s+(?:number|no|#))?|ss#`, 'SSN')),
  guarded(
    DIGIT,
    cued(
      String.raw`mrn|mr#|medical\s+record(?:\s+(?:number|no|#))?|record\s+(?:number|no|#)|chart(?:\s+(?:number|no|#))?|patient\s+(?:id|number|no|#)|hospital\s+(?:number|id)|case\s+(?:number|no|#)`,
      'MRN',
    ),
  ),
  guarded(
    DIGIT,
    cued(
      String.raw`(?:bcbs|blue\s+cross|blue\s+shield|aetna|cigna|humana|kaiser|anthem|united\s*health(?:care)?|uhc|tricare|molina|centene|ambetter|oscar)(?:\s+(?:member|insurance|plan|card))?(?:\s+(?:id|number|no|#))?|member(?:\s+(?:id|number|no|#))?|insurance(?:\s+(?:id|number|card|policy))+|policy(?:\s+(?:number|no|#))?|subscriber(?:\s+(?:id|number))?|group(?:\s+(?:number|no|#))|group\s*#|plan\s+(?:id|number)|medicare(?:\s+(?:number|id|#))?|medicaid(?:\s+(?:number|id|#))?|beneficiary\s+id|health\s+plan(?:\s+(?:id|number))?`,
      'HEALTH_PLAN',
    ),
  ),
  // Medicare Beneficiary Identifier shape: 1EG4-TE5-MK73.
  guarded(DIGIT, (text) =>
    spans(
      text,
      /\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b/gi,
      'HEALTH_PLAN',
      SHAPE,
    ),
  ),
  guarded(
    DIGIT,
    cued(
      String.raw`account(?:\s+(?:number|no|#))?|acct|a\/c|billing\s+(?:id|number)|invoice(?:\s+(?:number|no|#))?|claim(?:\s+(?:number|no|#|id))?|ref(?:erence)?(?:\s+(?:number|no|#|code))?|confirmation(?:\s+(?:number|no|#|code))?|card(?:\s+(?:number|no|#))?`,
      'ACCOUNT',
    ),
  ),
  guarded(DIGIT, (text) =>
    spans(text, /\b(?:\d{4}[ -]?){3}\d{4}\b|\b\d{4}[ -]?\d{6}[ -]?\d{5}\b/g, 'ACCOUNT', SHAPE).filter(
      (span) => luhn(text.slice(span.start, span.end)),
    ),
  ),
  guarded(DIGIT, (text) =>
    spans(text, /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b/g, 'ACCOUNT', SHAPE),
  ),
  guarded(
    DIGIT,
    cued(
      String.raw`licen[cs]e(?:\s+(?:number|no|#))?|driver'?s?\s+licen[cs]e(?:\s+(?:number|no|#))?|dl|npi|dea(?:\s+(?:number|no|#))?|passport(?:\s+(?:number|no|#))?|certificate(?:\s+(?:number|no|#))?`,
      'LICENSE',
    ),
  ),
  // Vehicles: a VIN by shape, a plate after its cue (which outranks "licence").
  guarded(DIGIT, (text) =>
    spans(
      text,
      /\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b/gi,
      'VEHICLE',
      88,
    ),
  ),
  guarded(DIGIT, (text) =>
    spans(
      text,
      /\b(?:licen[cs]e\s+plate|plate(?:\s+(?:number|no|#))?|tag\s+number|plates)\b(?:\s*(?:number|no|#|is|was|are|:))*\s*([A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,5})\b/gi,
      'VEHICLE',
      88,
      1,
    ).filter((span) => /\d/.test(text.slice(span.start, span.end))),
  ),
  // Phone and fax numbers: US shapes, international (+cc ...), and any digits after a cue.
  guarded(DIGIT, (text) =>
    spans(
      text,
      /(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?:\s*(?:ext\.?|x|extension)\s*\d{1,5})?\b/gi,
      'PHONE',
      70,
    ),
  ),
  guarded(DIGIT, (text) =>
    spans(text, /\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,5}\b/g, 'PHONE', 70).filter(
      (span) => text.slice(span.start, span.end).replace(/\D/g, '').length >= 8,
    ),
  ),
  guarded(DIGIT, (text) => spans(text, /(?<![\w.-])\d{3}[-.]\d{4}\b(?![-.]\d)/g, 'PHONE', LOOSE)),
  guarded(
    DIGIT,
    cued(
      String.raw`phone|ph|cell|mobile|tel|telephone|fax|my\s+number|call\s+me(?:\s+(?:at|on))?|text\s+me(?:\s+(?:at|on))?|reach\s+me(?:\s+(?:at|on))?|contact|whatsapp|signal`,
      'PHONE',
    ),
  ),
  // Local numbers written the international way: "020 7946 0018", "0412 345 678".
  guarded(DIGIT, (text) =>
    spans(text, /(?<![\w+])0\d{1,4}(?:[\s.-]\d{2,4}){2,3}(?![\w])/g, 'PHONE', LOOSE).filter((span) => {
      const digits = text.slice(span.start, span.end).replace(/\D/g, '').length;
      return digits >= 9 && digits <= 12;
    }),
  ),
  // Dates other than a year.
  guarded(DIGIT, (text) =>
    spans(text, /\b\d{4}-\d{1,2}-\d{1,2}\b/g, 'DATE', 75).filter((span) => plausibleNumericDate(text, span)),
  ),
  guarded(DIGIT, (text) =>
    spans(text, /(?<![\d/.])\d{1,2}[/.-]\d{1,2}(?:[/.-](?:\d{4}|\d{2}))?(?![\d/]|\.\d)/g, 'DATE', 65).filter(
      (span) => plausibleNumericDate(text, span),
    ),
  ),
  guarded(DIGIT, (text) => spans(text, DATE_IN_WORDS, 'DATE', 75)),
  guarded(DIGIT, (text) =>
    spans(
      text,
      /\b(?:on|by|until|till|before|after|since|from|the)\s+(?:the\s+)?((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?!\s+(?:time|times|floor|grade|day|days|week|weeks|month|months|year|years|dose|doses|child|kid|baby|pregnancy|one|round|trimester|percentile|place|birthday|attempt|try|of\s+(?:them|those|these|us)))/gi,
      'DATE',
      60,
      1,
    ),
  ),
  // Ages over 89.
  guarded(DIGIT, (text) =>
    spans(
      text,
      /\b(?:9\d|1[01]\d)(?:\s*|-)(?:years?|yrs?)(?:\s*|-)old\b|\b(?:9\d|1[01]\d)-year-old\b|\b(?:9\d|1[01]\d)\s*(?:y\/?o|yo)\b/gi,
      'AGE',
      72,
    ),
  ),
  guarded(DIGIT, (text) =>
    spans(
      text,
      /\b(?:aged?|i'?m|i\s+am|he'?s|she'?s|he\s+is|she\s+is|turned|turning|turns)\s+((?:9\d|1[01]\d))\b(?!\s*(?:%|percent|degrees|°|f\b|c\b|lbs?|pounds|kg|mg|over|\/|bpm|beats|mmhg|kilos))/gi,
      'AGE',
      72,
      1,
    ),
  ),
  // "grandma is 93 and ...": "is" only counts when nothing measured follows.
  guarded(DIGIT, (text) =>
    spans(
      text,
      /\bis\s+((?:9\d|1[01]\d))(?![.,]\d)(?=\s*(?:$|[,.;!?)]|and\b|but\b|now\b|today\b|this\b|years\b|yrs\b|yo\b))/gi,
      'AGE',
      72,
      1,
    ),
  ),
  // Catch-alls (HIPAA: "any other unique identifying number or code"): a long number, or a code
  // mixing letters with four or more digits; and any code after "my id".
  guarded(
    DIGIT,
    cued(
      String.raw`(?:my|the|their|his|her)\s+id|identification|id\s+(?:number|no|#)|reference\s+code|code`,
      'ACCOUNT',
    ),
  ),
  guarded(DIGIT, codesLike),
];

/** Long numbers and letter-digit codes, found word by word (linear, whatever the input). */
function codesLike(text: string): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9][A-Za-z0-9-]*/g)) {
    const token = m[0].replace(/-+$/, '');
    const start = m.index ?? 0;
    const before = text[start - 1] ?? '';
    const after = text[start + token.length] ?? '';
    if (/[.,]/.test(before) && /\d/.test(text[start - 2] ?? '')) continue; // "3.14159265"
    if (/[.,]/.test(after) && /\d/.test(text[start + token.length + 1] ?? '')) continue;
    const digits = token.replace(/\D/g, '').length;
    const allDigits = /^\d+$/.test(token);
    const code = !allDigits && /[A-Za-z]/.test(token) && digits >= 4 && token.length >= 6;
    if ((allDigits && token.length >= 8) || code)
      found.push({ kind: 'ACCOUNT', start, end: start + token.length, priority: 20 });
  }
  return found;
}

/** Whether a detector may match the text at all (`digit`: whether the text holds a digit). */
function mayMatch({ needs }: Guarded, text: string, digit: boolean): boolean {
  return needs === DIGIT ? digit : needs.test(text);
}

export function detectStructured(text: string): Span[] {
  const digit = DIGIT.test(text);
  const found: Span[] = [];
  for (const detector of DETECTORS) {
    if (mayMatch(detector, text, digit)) for (const span of detector.detect(text)) found.push(span);
  }
  return found;
}

/** Whether detectStructured would find anything; stops at the first find. */
export function hasStructuredIdentifier(text: string): boolean {
  const digit = DIGIT.test(text);
  for (const detector of DETECTORS) {
    if (mayMatch(detector, text, digit) && detector.detect(text).length > 0) return true;
  }
  return false;
}

function luhn(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length >= 13 && sum % 10 === 0;
}
