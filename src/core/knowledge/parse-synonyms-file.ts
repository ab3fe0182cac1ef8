// synonyms.yaml: `groups:`, a list of groups, each a list of words or short phrases that mean the
// same thing to a patient, e.g. `- [pink eye, conjunctivitis]`.
import type { Problem, SynonymGroup } from '../types.js';
import { closestName } from './closest-name.js';
import { describeValue } from './describe-value.js';
import { parseYaml } from './parse-yaml.js';
import { problem } from './problem.js';

export const SYNONYMS_FILE = 'synonyms.yaml';
const EXAMPLE = '`groups:` then lines like `  - [pink eye, conjunctivitis]`';

export function parseSynonymsFile(
  text: string,
  file = SYNONYMS_FILE,
): { groups: SynonymGroup[]; problems: Problem[] } {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return { groups: [], problems: parsed.problems };
  const { yaml } = parsed;
  const root = yaml.value;
  if (root === null) return { groups: [], problems: [] };
  const error = (line: number, code: string, message: string, fix: string) =>
    problem('error', file, line, code, message, fix);

  if (typeof root !== 'object' || Array.isArray(root)) {
    return {
      groups: [],
      problems: [
        error(
          yaml.lineOf([]),
          'wrong-type',
          `${file} should start with \`groups:\`, but it is ${describeValue(root)}.`,
          `Write ${EXAMPLE}.`,
        ),
      ],
    };
  }
  const problems: Problem[] = [];
  for (const key of Object.keys(root)) {
    if (key === 'groups') continue;
    const suggestion = closestName(key, ['groups']);
    problems.push(
      error(
        yaml.lineOf([key]),
        'unknown-field',
        `unknown field "${key}"${suggestion ? ` — did you mean "groups"?` : '.'}`,
        suggestion
          ? 'Rename the field to "groups".'
          : `${file} has only \`groups:\`; put every group under it.`,
      ),
    );
  }
  const rawGroups = (root as Record<string, unknown>).groups;
  if (rawGroups === undefined || rawGroups === null) return { groups: [], problems };
  if (!Array.isArray(rawGroups)) {
    problems.push(
      error(
        yaml.lineOf(['groups']),
        'wrong-type',
        `"groups" should be a list of groups, but it is ${describeValue(rawGroups)}.`,
        `Write ${EXAMPLE}.`,
      ),
    );
    return { groups: [], problems };
  }

  const groups: SynonymGroup[] = [];
  const groupOfWord = new Map<string, number>();
  rawGroups.forEach((group: unknown, index) => {
    const line = yaml.lineOf(['groups', index]);
    if (!Array.isArray(group)) {
      problems.push(
        error(
          line,
          'wrong-type',
          `group ${index + 1} should be a list of words in brackets, but it is ${describeValue(group)}.`,
          'Write the group as `- [word, other word]`.',
        ),
      );
      return;
    }
    const words: string[] = [];
    group.forEach((word: unknown, wordIndex) => {
      const wordLine = yaml.lineOf(['groups', index, wordIndex]);
      if (typeof word !== 'string' && typeof word !== 'number') {
        problems.push(
          error(
            wordLine,
            'wrong-type',
            `item ${wordIndex + 1} of group ${index + 1} should be a word or phrase, but it is ${describeValue(word)}.`,
            'Write plain words separated by commas, e.g. `- [shot, jab, vaccine]`.',
          ),
        );
        return;
      }
      const text = (yaml.sourceOf(['groups', index, wordIndex]) ?? String(word)).trim();
      if (text !== '') words.push(text);
    });
    if (words.length < 2) {
      problems.push(
        error(
          line,
          'synonym-group-too-small',
          `group ${index + 1} has ${words.length === 0 ? 'no words' : `only "${words[0]}"`}; a group needs at least two words that mean the same.`,
          'Add another word with the same meaning, e.g. `- [pink eye, conjunctivitis]`, or remove the group.',
        ),
      );
      return;
    }
    for (const word of new Set(words.map((w) => w.toLowerCase()))) {
      const earlier = groupOfWord.get(word);
      if (earlier !== undefined) {
        problems.push(
          problem(
            'warning',
            file,
            line,
            'synonym-in-two-groups',
            `"${word}" is in group ${earlier + 1} and group ${index + 1}.`,
            'Merge the two groups into one, or remove the word from one of them.',
          ),
        );
      } else {
        groupOfWord.set(word, index);
      }
    }
    groups.push(words);
  });
  return { groups, problems };
}
