// Rules that need every entry at once: unique ids, existing related ids, questions owned by one entry.
import type { Problem } from '../types.js';
import { closestName } from './closest-name.js';
import type { EntryFacts } from './parse-entry-file.js';
import { problem } from './problem.js';

/** `facts` in a stable order (by file), so "the first file" is the same on every run. */
export function checkCrossEntryRules(facts: readonly EntryFacts[]): Problem[] {
  return [...duplicateIds(facts), ...unknownRelated(facts), ...sharedQuestions(facts)];
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
    problems.push(
      problem(
        'error',
        entry.file,
        entry.id.line,
        'duplicate-id',
        `id "${entry.id.value}" is used by both ${first.file}:${first.id?.line} and ${entry.file}.`,
        'Give one of the two entries a different id (ids are permanent: change the newer one).',
      ),
    );
  }
  return problems;
}

function unknownRelated(facts: readonly EntryFacts[]): Problem[] {
  const ids = [...new Set(facts.flatMap((entry) => (entry.id ? [entry.id.value] : [])))];
  const known = new Set(ids);
  const problems: Problem[] = [];
  for (const entry of facts) {
    for (const related of entry.related) {
      if (known.has(related.id)) continue;
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
          `question "${question.text}" is also in ${first.entry.file}:${first.line}; one question cannot lead to two entries.`,
          'Keep the question in the entry that answers it best and reword or remove it in the other.',
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
