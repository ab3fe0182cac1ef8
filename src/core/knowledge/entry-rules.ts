// The rules of knowledge-format.md that concern one entry on its own, beyond the shape zod checks.
// They read the raw front matter with type guards so they still run when another field is broken.
import { posix } from 'node:path';
import type { Problem } from '../types.js';
import { closestName } from './closest-name.js';
import { addDays, isCalendarDate } from './dates.js';
import { SOURCE_FIELDS } from './entry-schema.js';
import type { ParsedYaml } from './parse-yaml.js';
import { problem } from './problem.js';
import type { FrontMatterParts } from './split-front-matter.js';

/** Longest answer body that still fits one chat message with its title, sources and disclaimer
 * (Discord allows 2,000 characters per message; Slack truncates long sections). */
export const MAX_BODY_CHARS = 1_800;
export const RECOMMENDED_QUESTIONS = 3;
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const REVIEW_FIELDS = ['reviewed_by', 'reviewed_on', 'review_due'] as const;

export interface EntryRuleInput {
  file: string;
  raw: Record<string, unknown>;
  yaml: ParsedYaml;
  parts: FrontMatterParts;
  today: string;
}

export function checkEntryRules(input: EntryRuleInput): Problem[] {
  return [
    ...checkId(input),
    ...checkSources(input),
    ...checkReview(input),
    ...checkLocale(input),
    ...checkRelatedSelf(input),
    ...checkQuestionCount(input),
  ];
}

function checkId({ file, raw, yaml }: EntryRuleInput): Problem[] {
  const id = raw.id;
  if (typeof id !== 'string' || id.trim() === '') return [];
  const line = yaml.lineOf(['id']);
  if (!KEBAB_CASE.test(id)) {
    return [
      problem(
        'error',
        file,
        line,
        'id-not-kebab-case',
        `id "${id}" is not kebab-case (lower-case letters and digits joined by single hyphens).`,
        `Write id: ${toKebabCase(id) || 'a-name-like-this'} (and name the file to match).`,
      ),
    ];
  }
  const fileName = posix.basename(file, '.md');
  if (fileName !== id) {
    return [
      problem(
        'warning',
        file,
        line,
        'file-name-mismatch',
        `file name "${fileName}.md" does not match id "${id}"; the file name should be the id.`,
        KEBAB_CASE.test(fileName)
          ? `If the entry is new, change the id to "${fileName}"; if "${id}" is already published (logs and feedback refer to it, so it never changes), rename the file to ${id}.md instead.`
          : `Rename the file to ${id}.md.`,
      ),
    ];
  }
  return [];
}

function checkSources({ file, raw, yaml }: EntryRuleInput): Problem[] {
  if (!Array.isArray(raw.sources)) return [];
  const problems: Problem[] = [];
  raw.sources.forEach((source: unknown, index) => {
    if (source === null || typeof source !== 'object' || Array.isArray(source)) return;
    for (const key of Object.keys(source)) {
      if (SOURCE_FIELDS.includes(key)) continue;
      const suggestion = closestName(key, SOURCE_FIELDS);
      problems.push(
        problem(
          'error',
          file,
          yaml.lineOf(['sources', index, key]),
          'unknown-field',
          `unknown field "${key}" in source ${index + 1}` +
            (suggestion ? ` — did you mean "${suggestion}"?` : '.'),
          suggestion
            ? `Rename the field to "${suggestion}".`
            : `A source has only ${SOURCE_FIELDS.join(' and ')}; remove "${key}".`,
        ),
      );
    }
    const url = (source as Record<string, unknown>).url;
    if (typeof url !== 'string' || url.trim() === '') return;
    const line = yaml.lineOf(['sources', index, 'url']);
    if (!isHttpsUrl(url)) {
      problems.push(
        problem(
          'error',
          file,
          line,
          'source-not-https',
          /^http:\/\//i.test(url.trim())
            ? `source URL "${url}" uses http, not https.`
            : `source URL "${url}" is not a full https:// web address.`,
          'Link the https:// address of the page (open it in a browser and copy the address bar).',
        ),
      );
    }
  });
  return problems;
}

function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function checkReview({ file, raw, yaml, today }: EntryRuleInput): Problem[] {
  const problems: Problem[] = [];
  const dates: Partial<Record<'reviewed_on' | 'review_due', string>> = {};
  for (const field of ['reviewed_on', 'review_due'] as const) {
    const value = raw[field];
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (isCalendarDate(value.trim())) {
      dates[field] = value.trim();
    } else {
      problems.push(
        problem(
          'error',
          file,
          yaml.lineOf([field]),
          'invalid-date',
          `${field} "${value}" is not a real date written YYYY-MM-DD.`,
          `Write the date as year-month-day, e.g. ${field}: 2026-10-01.`,
        ),
      );
    }
  }
  if (raw.status === 'reviewed') {
    const missing = REVIEW_FIELDS.filter((field) => isBlank(raw[field]));
    if (missing.length > 0) {
      problems.push(
        problem(
          'error',
          file,
          yaml.lineOf(['status']),
          'review-incomplete',
          `status is reviewed, but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
          'Add who reviewed it and when (reviewed_by, reviewed_on, review_due), or set status: draft until a clinician signs it off.',
        ),
      );
    }
  } else if (raw.status === undefined || raw.status === 'draft') {
    problems.push(
      problem(
        'warning',
        file,
        yaml.lineOf(raw.status === undefined ? ['id'] : ['status']),
        'draft-entry',
        'entry is a draft: no clinician has reviewed it; it is served only where drafts are allowed, marked as a draft.',
        'Have a clinician review it, then set status: reviewed with reviewed_by, reviewed_on and review_due.',
      ),
    );
  }
  if (dates.reviewed_on && dates.review_due && dates.review_due < dates.reviewed_on) {
    problems.push(
      problem(
        'error',
        file,
        yaml.lineOf(['review_due']),
        'review-due-before-reviewed',
        `review_due ${dates.review_due} is before reviewed_on ${dates.reviewed_on}.`,
        'Set review_due to a date after reviewed_on (often one year later); check that month and day are not swapped.',
      ),
    );
  }
  // A review cannot have happened yet; one day of slack for clinicians ahead of UTC.
  if (dates.reviewed_on && dates.reviewed_on > addDays(today, 1)) {
    problems.push(
      problem(
        'error',
        file,
        yaml.lineOf(['reviewed_on']),
        'reviewed-in-future',
        `reviewed_on ${dates.reviewed_on} is in the future (today is ${today}): a review is signed off only once it has happened.`,
        'Write the date the clinician actually reviewed the entry (check that year, month and day are not swapped), or keep status: draft until the review is done.',
      ),
    );
  }
  if (dates.review_due && dates.review_due < today) {
    problems.push(
      problem(
        'warning',
        file,
        yaml.lineOf(['review_due']),
        'review-overdue',
        `review was due on ${dates.review_due}: when reviews are required this entry is not served.`,
        'Have a clinician review the entry again, then update reviewed_by, reviewed_on and review_due.',
      ),
    );
  }
  return problems;
}

function checkLocale({ file, raw, yaml }: EntryRuleInput): Problem[] {
  if (typeof raw.locale !== 'string' || raw.locale.trim() === '' || LANGUAGE_TAG.test(raw.locale.trim()))
    return [];
  return [
    problem(
      'error',
      file,
      yaml.lineOf(['locale']),
      'invalid-locale',
      `locale "${raw.locale}" is not a language tag.`,
      'Write a BCP-47 language tag such as en, en-US or es, or remove the line (the default is en).',
    ),
  ];
}

function checkRelatedSelf({ file, raw, yaml }: EntryRuleInput): Problem[] {
  if (!Array.isArray(raw.related) || typeof raw.id !== 'string') return [];
  const problems: Problem[] = [];
  raw.related.forEach((id: unknown, index) => {
    if (id !== raw.id) return;
    problems.push(
      problem(
        'warning',
        file,
        yaml.lineOf(['related', index]),
        'related-self',
        `related names the entry itself ("${id}").`,
        'Remove it from related: an entry is never offered as "see also" for itself.',
      ),
    );
  });
  return problems;
}

function checkQuestionCount({ file, raw, yaml }: EntryRuleInput): Problem[] {
  if (!Array.isArray(raw.questions)) return [];
  const count = raw.questions.length;
  if (count === 0 || count >= RECOMMENDED_QUESTIONS) return [];
  return [
    problem(
      'warning',
      file,
      yaml.lineOf(['questions']),
      'few-questions',
      `only ${count} question${count === 1 ? '' : 's'}: people ask in many ways, and questions are the main way an entry is found.`,
      `Add at least ${RECOMMENDED_QUESTIONS} ways people really ask this (lay words, short and long).`,
    ),
  ];
}

/** Checks on the answer text itself. */
export function checkBody(file: string, parts: FrontMatterParts): Problem[] {
  if (parts.body === '') {
    return [
      problem(
        'error',
        file,
        parts.closingLine,
        'empty-body',
        'entry has no answer text after the front matter.',
        'Write the vetted answer below the closing `---` line.',
      ),
    ];
  }
  if (parts.body.length > MAX_BODY_CHARS) {
    return [
      problem(
        'warning',
        file,
        parts.bodyLine,
        'body-too-long',
        `answer is ${parts.body.length} characters, more than the ${MAX_BODY_CHARS} that fit in one chat message.`,
        'Shorten it, or split it into two entries and link them with related.',
      ),
    ];
  }
  return [];
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function toKebabCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
