// One entry file: bytes -> front matter + body -> validated Entry, or every problem in the file.
import { createHash } from 'node:crypto';
import type { Entry, Problem } from '../types.js';
import { closestName } from './closest-name.js';
import { decodeText } from './decode-text.js';
import { checkBody, checkEntryRules } from './entry-rules.js';
import { ENTRY_FIELDS, type FrontMatter, frontMatterSchema } from './entry-schema.js';
import { frontMatterIssueToProblem } from './front-matter-issues.js';
import { type ParsedYaml, parseYaml } from './parse-yaml.js';
import { problem } from './problem.js';
import { splitFrontMatter } from './split-front-matter.js';

/** What the cross-entry checks need from a file, even when the file has other errors. */
export interface EntryFacts {
  file: string;
  id?: { value: string; line: number };
  questions: { text: string; line: number }[];
  related: { id: string; line: number }[];
}

export interface EntryFileResult {
  /** Present only when the file itself has no errors. */
  entry?: Entry;
  facts: EntryFacts;
  problems: Problem[];
}

export function parseEntryFile(file: string, bytes: Uint8Array, today: string): EntryFileResult {
  const facts: EntryFacts = { file, questions: [], related: [] };
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return { facts, problems: [decoded.problem] };
  const split = splitFrontMatter(decoded.text, file);
  if (!split.ok) return { facts, problems: [split.problem] };
  const { parts } = split;

  const bodyProblems = checkBody(file, parts);
  const parsed = parseYaml(parts.yaml, file, parts.openingLine, parts.closingLine);
  if (!parsed.ok) return { facts, problems: [...parsed.problems, ...bodyProblems] };
  const { yaml } = parsed;

  const value = yaml.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      facts,
      problems: [
        problem(
          'error',
          file,
          parts.openingLine + 1,
          'front-matter-not-fields',
          'front matter is not a list of `name: value` fields.',
          'Write one field per line, e.g. `id: flu-symptoms`, `title: Flu symptoms`, then `questions:` and `sources:`.',
        ),
        ...bodyProblems,
      ],
    };
  }
  const raw = value as Record<string, unknown>;
  collectFacts(raw, yaml, facts);

  // An empty `field:` means "not given": defaults apply, and required fields are reported as empty.
  const emptyFields = new Set(Object.keys(raw).filter((key) => raw[key] === null));
  const given = Object.fromEntries(Object.entries(raw).filter(([, fieldValue]) => fieldValue !== null));
  const parsedFields = frontMatterSchema.safeParse(given);

  const unknownFields = unknownFieldProblems(raw, yaml, file);
  // "questons" already says "did you mean questions?": a second "questions is missing" adds nothing.
  const explainedByTypo = new Set(unknownFields.map((found) => found.suggestion));
  const shapeProblems = parsedFields.success
    ? []
    : parsedFields.error.issues
        .filter((issue) => !(issue.path.length === 1 && explainedByTypo.has(String(issue.path[0]))))
        .map((issue) => frontMatterIssueToProblem(issue, given, emptyFields, yaml, file, parts));
  const problems: Problem[] = [
    ...unknownFields.map((found) => found.problem),
    ...shapeProblems,
    ...checkEntryRules({ file, raw, yaml, parts, today }),
    ...bodyProblems,
  ];
  const hasErrors = problems.some((found) => found.severity === 'error');
  if (!parsedFields.success || hasErrors) return { facts, problems };
  return { entry: toEntry(parsedFields.data, parts.body, file, bytes), facts, problems };
}

function unknownFieldProblems(
  raw: Record<string, unknown>,
  yaml: ParsedYaml,
  file: string,
): { problem: Problem; suggestion: string | undefined }[] {
  return Object.keys(raw)
    .filter((key) => !ENTRY_FIELDS.includes(key))
    .map((key) => {
      const suggestion = closestName(
        key,
        ENTRY_FIELDS.filter((field) => !(field in raw)),
      );
      const found = problem(
        'error',
        file,
        yaml.lineOf([key]),
        'unknown-field',
        `unknown field "${key}"${suggestion ? ` — did you mean "${suggestion}"?` : '.'}`,
        suggestion
          ? `Rename the field to "${suggestion}".`
          : `Remove it, or use one of the known fields: ${ENTRY_FIELDS.join(', ')}.`,
      );
      return { problem: found, suggestion };
    });
}

function collectFacts(raw: Record<string, unknown>, yaml: ParsedYaml, facts: EntryFacts): void {
  if (typeof raw.id === 'string' && raw.id.trim() !== '') {
    facts.id = { value: raw.id.trim(), line: yaml.lineOf(['id']) };
  }
  if (Array.isArray(raw.questions)) {
    raw.questions.forEach((question: unknown, index) => {
      if (typeof question === 'string')
        facts.questions.push({ text: question, line: yaml.lineOf(['questions', index]) });
    });
  }
  if (Array.isArray(raw.related)) {
    raw.related.forEach((id: unknown, index) => {
      if (typeof id === 'string')
        facts.related.push({ id: id.trim(), line: yaml.lineOf(['related', index]) });
    });
  }
}

function toEntry(fields: FrontMatter, body: string, file: string, bytes: Uint8Array): Entry {
  const entry: Entry = {
    id: fields.id,
    title: fields.title,
    questions: fields.questions,
    tags: fields.tags,
    escalation: fields.escalation,
    seeClinicianIf: fields.see_clinician_if,
    sources: fields.sources.map((source) => ({ title: source.title, url: source.url })),
    status: fields.status,
    locale: fields.locale,
    related: fields.related,
    body,
    file,
    contentHash: contentHash(bytes),
  };
  if (fields.reviewed_by !== undefined) entry.reviewedBy = fields.reviewed_by;
  if (fields.reviewed_on !== undefined) entry.reviewedOn = fields.reviewed_on;
  if (fields.review_due !== undefined) entry.reviewDue = fields.review_due;
  return entry;
}

/** sha256 hex, first 16 chars: identifies which exact text was served. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}
