// Rules that need every entry at once: unique ids, existing related ids, questions owned by one entry.
import { posix } from 'node:path';
import type { Problem } from '../types.js';
import { closestName } from './closest-name.js';
import type { EntryFacts } from './parse-entry-file.js';
import { problem } from './problem.js';

/**
 * `facts` in a stable order (by file), so "the first file" is the same on every run.
 * `unreadable`: entry files that could not be read; links to them are not reported as unknown
 * (their own error says so once), since their id is most likely their file name.
 */
export function checkCrossEntryRules(
  facts: readonly EntryFacts[],
  unreadable: readonly string[] = [],
): Problem[] {
  return [...duplicateIds(facts), ...unknownRelated(facts, unreadable), ...sharedQuestions(facts)];
}

function duplicateIds(facts: readonly EntryFacts[]): Problem[] {
  const firstById = new Map<string, EntryFacts>();
  const problems: Problem[] = [];
  for (const entry of facts) {
    if (!entry.id) continue;
    const first = firstById.get(entry.id.value);
    if (!first) {
      firstById.set(entry.id.value, entry);
      continue;
    }
    const id = entry.id.value;
    const fix = duplicateIdFix(id, first.file, entry.file);
    // Report it where the change is to be made.
    const at =
      fix.target === first.file
        ? { file: first.file, line: first.id?.line }
        : { file: entry.file, line: entry.id.line };
    problems.push(
      problem(
        'error',
        at.file,
        at.line,
        'duplicate-id',
        `id "${id}" is used by both ${first.file}:${first.id?.line} and ${entry.file}:${entry.id.line}; each entry needs its own id.`,
        fix.text,
      ),
    );
  }
  return problems;
}

/** The usual mistake is a copied entry whose id was not changed: the id that differs from its
 * file name is the one to change. Ids are permanent, so the published one keeps its id. */
function duplicateIdFix(id: string, firstFile: string, secondFile: string): { target: string; text: string } {
  const firstMatches = fileId(firstFile) === id;
  const secondMatches = fileId(secondFile) === id;
  if (firstMatches !== secondMatches) {
    const [target, keeper] = firstMatches ? [secondFile, firstFile] : [firstFile, secondFile];
    return {
      target,
      text: `In ${target}, change the id to "${fileId(target)}" to match its file name; ${keeper} keeps "${id}".`,
    };
  }
  return {
    target: secondFile,
    text: `Keep "${id}" in whichever of ${firstFile} and ${secondFile} was published first (logs and feedback refer to it); give the other a new id and rename its file to match (new-id.md).`,
  };
}

function fileId(file: string): string {
  return posix.basename(file, '.md');
}

function unknownRelated(facts: readonly EntryFacts[], unreadable: readonly string[]): Problem[] {
  const ids = [...new Set(facts.flatMap((entry) => (entry.id ? [entry.id.value] : [])))];
  const known = new Set(ids);
  // An entry whose id could not be read is most likely named after its file.
  const unchecked = new Set([
    ...unreadable.map(fileId),
    ...facts.filter((entry) => !entry.id).map((entry) => fileId(entry.file)),
  ]);
  const problems: Problem[] = [];
  for (const entry of facts) {
    for (const related of entry.related) {
      if (known.has(related.id) || unchecked.has(related.id)) continue;
      const suggestion = closestName(related.id, ids);
      problems.push(
        problem(
          'error',
          entry.file,
          related.line,
          'unknown-related',
          `related names "${related.id}", but no entry has that id` +
            (suggestion ? ` — did you mean "${suggestion}"?` : '.'),
          suggestion
            ? `Write "${suggestion}" instead.`
            : 'Use the id of an existing entry, or remove it from related.',
        ),
      );
    }
  }
  return problems;
}

function sharedQuestions(facts: readonly EntryFacts[]): Problem[] {
  const firstByQuestion = new Map<string, { entry: EntryFacts; line: number }>();
  const problems: Problem[] = [];
  for (const entry of facts) {
    for (const question of entry.questions) {
      const key = normaliseQuestion(question.text);
      if (key === '') continue;
      const first = firstByQuestion.get(key);
      if (!first) {
        firstByQuestion.set(key, { entry, line: question.line });
        continue;
      }
      // The same line twice in one entry is harmless; across entries it cannot point to both.
      if (first.entry === entry) continue;
      problems.push(
        problem(
          'error',
          entry.file,
          question.line,
          'shared-question',
          `question "${question.text}" is in both ${first.entry.file}:${first.line} and ${entry.file}:${question.line}; one question cannot lead to two entries.`,
          `Keep it in whichever of ${first.entry.file} and ${entry.file} answers it best, and reword or remove it in the other.`,
        ),
      );
    }
  }
  return problems;
}

/** Lower-case, single spaces, no trailing punctuation: "What is flu?" = "what is  flu". */
export function normaliseQuestion(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.?!,;:…]+$/u, '');
}
