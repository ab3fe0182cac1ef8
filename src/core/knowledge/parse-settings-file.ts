// settings.yaml: the locale and the fixed texts and numbers the bot shows (US defaults).
import type { KnowledgeSettings, Problem } from '../types.js';
import { closestName } from './closest-name.js';
import { DEFAULT_SETTINGS_TEMPLATE } from './default-settings.js';
import { describeValue } from './describe-value.js';
import { literalNumberProblems, USE_PLACEHOLDER } from './literal-numbers.js';
import { type ParsedYaml, parseYaml } from './parse-yaml.js';
import { fillSettingsTexts, placeholderProblems, SETTINGS_TEXT_PLACEHOLDERS } from './placeholders.js';
import { problem } from './problem.js';

export const SETTINGS_FILE = 'settings.yaml';

/** File key (snake_case, as clinicians write it) -> KnowledgeSettings key. */
export const SETTINGS_KEYS = {
  locale: 'locale',
  emergency_number: 'emergencyNumber',
  emergency_text: 'emergencyText',
  crisis_line: 'crisisLine',
  crisis_text: 'crisisText',
  poison_control: 'poisonControl',
  disclaimer: 'disclaimer',
  no_answer_text: 'noAnswerText',
  no_answer_after_escalation_text: 'noAnswerAfterEscalationText',
  draft_notice: 'draftNotice',
} as const satisfies Record<string, keyof KnowledgeSettings>;

const FILE_KEYS = Object.keys(SETTINGS_KEYS);
/** The settings that are texts shown to people, which may name numbers through placeholders. */
const TEXT_KEYS = [
  'emergency_text',
  'crisis_text',
  'no_answer_text',
  'no_answer_after_escalation_text',
  'disclaimer',
  'draft_notice',
] as const;

/** Settings with their texts filled in (`{emergency_number}` -> "911"), and every problem. */
export function parseSettingsFile(
  text: string,
  file = SETTINGS_FILE,
): { settings: KnowledgeSettings; problems: Problem[] } {
  const template: KnowledgeSettings = { ...DEFAULT_SETTINGS_TEMPLATE };
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return { settings: fillSettingsTexts(template), problems: parsed.problems };
  const { yaml } = parsed;
  const problems = readSettings(yaml, file, template);
  problems.push(...textProblems(yaml, file, template));
  return { settings: fillSettingsTexts(template), problems };
}

function readSettings(yaml: ParsedYaml, file: string, settings: KnowledgeSettings): Problem[] {
  const root = yaml.value;
  if (root === null) return [];
  if (typeof root !== 'object' || Array.isArray(root)) {
    return [
      problem(
        'error',
        file,
        yaml.lineOf([]),
        'wrong-type',
        `${file} should hold \`name: value\` lines, but it is ${describeValue(root)}.`,
        'Write one setting per line, e.g. `emergency_number: "911"`.',
      ),
    ];
  }

  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(root)) {
    const line = yaml.lineOf([key]);
    if (!(key in SETTINGS_KEYS)) {
      const suggestion = closestName(key, FILE_KEYS);
      problems.push(
        problem(
          'error',
          file,
          line,
          'unknown-field',
          `unknown setting "${key}"${suggestion ? ` — did you mean "${suggestion}"?` : '.'}`,
          suggestion
            ? `Rename it to "${suggestion}".`
            : `Remove it; known settings: ${FILE_KEYS.join(', ')}.`,
        ),
      );
      continue;
    }
    // Phone numbers are often written bare (`crisis_line: 988`, `emergency_number: 000`): keep them as written.
    const written = typeof value === 'number' ? yaml.sourceOf([key]) : value;
    if (typeof written !== 'string' || written.trim() === '') {
      problems.push(
        problem(
          'error',
          file,
          line,
          written === null || written === '' ? 'empty-value' : 'wrong-type',
          written === null || written === ''
            ? `setting "${key}" is empty.`
            : `setting "${key}" should be text, but it is ${describeValue(value)}.`,
          `Write the text after "${key}: " (in double quotes if it contains ": "), or delete the line to use the default.`,
        ),
      );
      continue;
    }
    settings[SETTINGS_KEYS[key as keyof typeof SETTINGS_KEYS]] = written.trim();
  }
  return problems;
}

/** Placeholders that are not numbers, and numbers written out that settings.yaml does not set. */
function textProblems(yaml: ParsedYaml, file: string, template: KnowledgeSettings): Problem[] {
  const root = yaml.value;
  const written = (key: string) =>
    root !== null && typeof root === 'object' && !Array.isArray(root) && key in root;
  const problems: Problem[] = [];
  for (const key of TEXT_KEYS) {
    const text = template[SETTINGS_KEYS[key]];
    if (written(key)) {
      const place = { file, line: yaml.lineOf([key]), what: key };
      problems.push(
        ...placeholderProblems(text, place, SETTINGS_TEXT_PLACEHOLDERS),
        ...literalNumberProblems(text, place, template, USE_PLACEHOLDER),
      );
    } else {
      // A default text names US services (988lifeline.org) that a changed number does not change.
      const place = { file, line: undefined, what: `the default ${key} (not set in ${file})` };
      problems.push(
        ...literalNumberProblems(
          text,
          place,
          template,
          () => `Add a ${key} line to ${file} with the text for your country.`,
        ),
      );
    }
  }
  return problems;
}
