// `{emergency_number}` and friends in settings texts and triage messages: filled in once when the
// knowledge loads, so a clinic that changes a number in settings.yaml changes it everywhere.
import type { KnowledgeSettings, Problem } from '../types.js';
import { closestName } from './closest-name.js';
import { problem } from './problem.js';

/** Placeholder -> the setting it stands for. Numbers may be used in any text. */
export const NUMBER_PLACEHOLDERS = {
  emergency_number: 'emergencyNumber',
  crisis_line: 'crisisLine',
  poison_control: 'poisonControl',
} as const satisfies Record<string, keyof KnowledgeSettings>;

/** Whole settings texts; only triage messages may use them (a settings text holding itself would loop). */
export const TEXT_PLACEHOLDERS = {
  emergency_text: 'emergencyText',
  crisis_text: 'crisisText',
} as const satisfies Record<string, keyof KnowledgeSettings>;

export const SETTINGS_TEXT_PLACEHOLDERS: readonly string[] = Object.keys(NUMBER_PLACEHOLDERS);
export const TRIAGE_PLACEHOLDERS: readonly string[] = [
  ...Object.keys(NUMBER_PLACEHOLDERS),
  ...Object.keys(TEXT_PLACEHOLDERS),
];

// Loose on purpose (`{ Emergency-Number }`), so a near miss is reported instead of shown to a patient.
const PLACEHOLDER = /\{\s*([A-Za-z][\w-]*)\s*\}/g;

/** `text` with every known placeholder replaced by its setting; unknown ones are left for the checker. */
export function fillPlaceholders(text: string, settings: KnowledgeSettings): string {
  return text.replace(PLACEHOLDER, (written, name: string) => {
    const key = placeholderKey(name);
    return key ? settings[key] : written;
  });
}

/** Settings texts filled with the settings' own numbers. */
export function fillSettingsTexts(settings: KnowledgeSettings): KnowledgeSettings {
  const filled = { ...settings };
  for (const key of [
    'emergencyText',
    'crisisText',
    'noAnswerText',
    'noAnswerAfterEscalationText',
    'disclaimer',
    'draftNotice',
  ] as const) {
    filled[key] = fillPlaceholders(settings[key], settings);
  }
  return filled;
}

export interface TextPlace {
  file: string;
  line: number | undefined;
  /** How a clinician recognises the text: `emergency_text`, `the message of rule "stroke"`. */
  what: string;
}

/** An error for every placeholder in `text` that is not in `allowed`. */
export function placeholderProblems(text: string, place: TextPlace, allowed: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (allowed.includes(name)) continue;
    const list = allowed.map((known) => `{${known}}`).join(', ');
    const known = placeholderKey(name) !== undefined;
    const suggestion = known ? undefined : closestName(name, allowed);
    problems.push(
      problem(
        'error',
        place.file,
        place.line,
        'unknown-placeholder',
        known
          ? `${place.what} uses ${match[0]}, which cannot be used here.`
          : `${place.what} uses ${match[0]}, which is not a setting` +
              (suggestion ? ` — did you mean {${suggestion}}?` : '.'),
        suggestion
          ? `Write {${suggestion}}.`
          : `Use one of ${list} (filled in from settings.yaml), or write the text out.`,
      ),
    );
  }
  return problems;
}

function placeholderKey(name: string): keyof KnowledgeSettings | undefined {
  if (Object.hasOwn(NUMBER_PLACEHOLDERS, name))
    return NUMBER_PLACEHOLDERS[name as keyof typeof NUMBER_PLACEHOLDERS];
  if (Object.hasOwn(TEXT_PLACEHOLDERS, name))
    return TEXT_PLACEHOLDERS[name as keyof typeof TEXT_PLACEHOLDERS];
  return undefined;
}
