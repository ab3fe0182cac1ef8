// settings.yaml: the locale and the fixed texts and numbers the bot shows (US defaults).
import type { KnowledgeSettings, Problem } from '../types.js';
import { closestName } from './closest-name.js';
import { DEFAULT_SETTINGS } from './default-settings.js';
import { describeValue } from './describe-value.js';
import { parseYaml } from './parse-yaml.js';
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
  draft_notice: 'draftNotice',
} as const satisfies Record<string, keyof KnowledgeSettings>;

const FILE_KEYS = Object.keys(SETTINGS_KEYS);

export function parseSettingsFile(
  text: string,
  file = SETTINGS_FILE,
): { settings: KnowledgeSettings; problems: Problem[] } {
  const settings: KnowledgeSettings = { ...DEFAULT_SETTINGS };
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return { settings, problems: parsed.problems };
  const { yaml } = parsed;
  const root = yaml.value;
  if (root === null) return { settings, problems: [] };
  if (typeof root !== 'object' || Array.isArray(root)) {
    return {
      settings,
      problems: [
        problem(
          'error',
          file,
          yaml.lineOf([]),
          'wrong-type',
          `${file} should hold \`name: value\` lines, but it is ${describeValue(root)}.`,
          'Write one setting per line, e.g. `emergency_number: "911"`.',
        ),
      ],
    };
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
  return { settings, problems };
}
