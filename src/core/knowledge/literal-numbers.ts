// Phone numbers written out in a text that settings.yaml does not configure: after a clinic changes
// emergency_number to 999, a leftover "Call 911" would make one reply name two numbers.
import type { KnowledgeSettings, Problem } from '../types.js';
import type { TextPlace } from './placeholders.js';
import { problem } from './problem.js';

const PLACEHOLDER = /\{\s*[A-Za-z][\w-]*\s*\}/g;
// A number at the start of a web address: https://988lifeline.org, 988lifeline.org.
const URL = /\bhttps?:\/\/\S+|(?<![\w.@])\d+[a-z][\w-]*(?:\.[a-z][\w-]*)+/gi;
const HOST_NUMBER = /^(?:https?:\/\/)?(?:www\.)?(\d+)[a-z]/i;
// Digit groups joined by single spaces, hyphens, dots or brackets: 911, 116 123, 1-800-222-1222.
const DIGITS = /\+?\(?\d(?:[\d().-]|[ \u00a0](?=\(?\d))*/g;
// Short numbers count only where a person is told to call them ("call or text 988").
const CALL_WORD = /\b(?:call|text|dial|ring|phone|number|line|hotline)(?:\s+or\s+text)?[\s:]+$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface PhoneLikeToken {
  /** As written: `911`, `1-800-222-1222`; for a web address, the number it starts with. */
  token: string;
  /** The web address the number is part of, e.g. `https://988lifeline.org`. */
  url?: string;
}

/** Phone-number-like tokens in `text`, each once. */
export function phoneLikeTokens(text: string): PhoneLikeToken[] {
  const tokens: PhoneLikeToken[] = [];
  const withoutUrls = text.replace(PLACEHOLDER, ' ').replace(URL, (url) => {
    const host = HOST_NUMBER.exec(url)?.[1];
    if (host) tokens.push({ token: host, url: url.replace(/[.,;:)]+$/, '') });
    return ' ';
  });
  for (const match of withoutUrls.matchAll(DIGITS)) {
    const token = match[0].replace(/[().-]+$/, '');
    const digits = digitsOf(token);
    if (DATE.test(token) || digits.length < 2) continue;
    const before = withoutUrls.slice(0, match.index);
    if (digits.length >= 6 || (digits.length <= 5 && !token.includes('.') && CALL_WORD.test(before))) {
      tokens.push({ token });
    }
  }
  return tokens.filter(
    (found, index) =>
      tokens.findIndex((other) => other.token === found.token && other.url === found.url) === index,
  );
}

/** Fix for texts that can use placeholders (settings texts, triage messages). */
export const USE_PLACEHOLDER = ({ token, url }: PhoneLikeToken): string =>
  url
    ? `Replace ${url} with the web address of the service your numbers belong to, or remove the link.`
    : `Write {emergency_number}, {crisis_line} or {poison_control} instead of "${token}", so the text follows settings.yaml.`;

/** A warning for each phone-like token that is none of the configured numbers. */
export function literalNumberProblems(
  text: string,
  place: TextPlace,
  settings: KnowledgeSettings,
  fix: (found: PhoneLikeToken) => string,
): Problem[] {
  const configured = [settings.emergencyNumber, settings.crisisLine, settings.poisonControl];
  const known = new Set(configured.map(digitsOf));
  const numbers = `emergency_number "${settings.emergencyNumber}", crisis_line "${settings.crisisLine}" and poison_control "${settings.poisonControl}"`;
  return phoneLikeTokens(text)
    .filter(({ token }) => !known.has(digitsOf(token)))
    .map((found) =>
      found.url
        ? problem(
            'warning',
            place.file,
            place.line,
            'literal-number',
            `${place.what} links to ${found.url}, named after "${found.token}", but settings.yaml sets ${numbers}: the link may be for another country's service.`,
            fix(found),
          )
        : problem(
            'warning',
            place.file,
            place.line,
            'literal-number',
            `${place.what} says "${found.token}", but settings.yaml sets ${numbers}: a reply could name two different numbers.`,
            fix(found),
          ),
    );
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}
