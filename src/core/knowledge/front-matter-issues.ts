// Turns zod's findings about an entry's front matter into Problems with a line and a fix.
import type { z } from 'zod';
import type { Problem } from '../types.js';
import { closestName } from './closest-name.js';
import { describePath, describeValue, valueAt } from './describe-value.js';
import { FIELD_SHAPES } from './entry-schema.js';
import type { ParsedYaml, YamlPath } from './parse-yaml.js';
import { problem } from './problem.js';

export function frontMatterIssueToProblem(
  issue: z.core.$ZodIssue,
  raw: Record<string, unknown>,
  emptyFields: ReadonlySet<string>,
  yaml: ParsedYaml,
  file: string,
  frontMatter: { openingLine: number; closingLine: number },
): Problem {
  const path = issue.path.filter((step): step is string | number => typeof step !== 'symbol');
  const field = String(path[0] ?? '');
  const value = valueAt(raw, path);
  const shape = shapeFor(path);
  // A field that is absent entirely has no line of its own: point where it is to be added,
  // the closing `---` right after the last field.
  const absent = path.length === 1 && value === undefined && !emptyFields.has(field);
  const { openingLine, closingLine } = frontMatter;
  const line = absent ? closingLine : yaml.lineOf(path);
  const where = describePath(path);
  const error = (code: string, message: string, fix: string) =>
    problem('error', file, line, code, message, fix);

  if (value === undefined) {
    if (path.length === 1) {
      const message = emptyFields.has(field)
        ? `${where} is empty.`
        : `required field ${where} is missing from the front matter (lines ${openingLine}–${closingLine}).`;
      return error(
        field === 'sources' ? 'no-source' : 'missing-field',
        field === 'sources' ? `${message} Every answer needs at least one source.` : message,
        emptyFields.has(field)
          ? `Write it after "${field}:", e.g. ${shape.example}.`
          : `Add it above the closing \`---\` on line ${closingLine}, e.g. ${shape.example}.`,
      );
    }
    return error('missing-field', `${where} is missing.`, `Add it, e.g. ${shape.example}.`);
  }
  if (issue.code === 'too_small' && Array.isArray(value)) {
    return field === 'sources'
      ? error(
          'no-source',
          '"sources" is an empty list: every answer needs at least one source.',
          `Add the evidence behind the answer, e.g. ${shape.example}.`,
        )
      : error('missing-field', `${where} is an empty list.`, `Add at least one, e.g. ${shape.example}.`);
  }
  if (issue.code === 'too_small') {
    return error('empty-value', `${where} is empty.`, `Write a value, e.g. ${shape.example}.`);
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    const suggestion = typeof value === 'string' ? closestName(value, allowed) : undefined;
    return error(
      'invalid-value',
      `${where} is "${String(value)}", which is not one of ${allowed.join(', ')}` +
        (suggestion ? ` — did you mean "${suggestion}"?` : '.'),
      suggestion ? `Write ${field}: ${suggestion}.` : `Use one of: ${allowed.join(', ')}.`,
    );
  }
  return error(
    'wrong-type',
    `${where} should be ${shape.expected}, but it is ${describeValue(value)}.`,
    typeof value === 'number' || typeof value === 'boolean'
      ? `Put the value in double quotes if it is meant as text, e.g. "${String(value)}"; the expected form is: ${shape.example}.`
      : `Write it like this: ${shape.example}.`,
  );
}

function shapeFor(path: YamlPath): { expected: string; example: string } {
  const field = String(path[0] ?? '');
  const fallback = FIELD_SHAPES[field] ?? { expected: 'a value', example: `${field}: …` };
  if (path.length === 1) return fallback;
  if (field === 'sources' && path.length === 2) return FIELD_SHAPES.source ?? fallback;
  return { expected: 'text', example: fallback.example };
}
