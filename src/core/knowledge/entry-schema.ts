// The front matter of an entry (knowledge-format.md), as written by clinicians in snake_case.
import { z } from 'zod';

const text = z.string().trim().min(1);
const textList = z.array(text);

export const ESCALATIONS = ['none', 'see-clinician', 'urgent', 'emergency'] as const;
export const STATUSES = ['draft', 'reviewed'] as const;

export const sourceSchema = z.object({ title: text, url: text });
export const SOURCE_FIELDS = Object.keys(sourceSchema.shape);

/** Semantic rules (https, dates, kebab-case ids) are checked separately so each gets its own line and fix. */
export const frontMatterSchema = z.object({
  id: text,
  title: text,
  questions: textList.min(1),
  tags: textList.default([]),
  escalation: z.enum(ESCALATIONS).default('none'),
  see_clinician_if: textList.default([]),
  sources: z.array(sourceSchema).min(1),
  status: z.enum(STATUSES).default('draft'),
  reviewed_by: text.optional(),
  reviewed_on: text.optional(),
  review_due: text.optional(),
  locale: text.default('en'),
  related: textList.default([]),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export const ENTRY_FIELDS = Object.keys(frontMatterSchema.shape);
export const REQUIRED_FIELDS = ['id', 'title', 'questions', 'sources'] as const;

/** What each field holds and an example line, for "wrong type" messages a clinician can act on. */
export const FIELD_SHAPES: Record<string, { expected: string; example: string }> = {
  id: { expected: 'a kebab-case name', example: '`id: flu-symptoms`' },
  title: { expected: 'a short line of text', example: '`title: Flu symptoms`' },
  questions: {
    expected: 'a list of questions, one per line starting with `- `',
    example: 'a line `questions:` then lines like `  - what are the symptoms of the flu`',
  },
  tags: { expected: 'a list of words', example: '`tags: [influenza, fever]`' },
  escalation: { expected: `one of ${ESCALATIONS.join(', ')}`, example: '`escalation: see-clinician`' },
  see_clinician_if: {
    expected: 'a list of conditions, one per line starting with `- `',
    example: 'a line `see_clinician_if:` then lines like `  - you are short of breath`',
  },
  sources: {
    expected: 'a list of sources, each with `title:` and `url:`',
    example:
      'a line `sources:` then `  - title: CDC — Flu symptoms` and `    url: https://www.cdc.gov/flu/signs-symptoms/`',
  },
  source: {
    expected: 'a source with `title:` and `url:`',
    example:
      '`  - title: CDC — Flu symptoms` and under it `    url: https://www.cdc.gov/flu/signs-symptoms/`',
  },
  status: { expected: `one of ${STATUSES.join(', ')}`, example: '`status: draft`' },
  reviewed_by: { expected: 'the reviewer’s name as text', example: '`reviewed_by: Jane Roe, MD`' },
  reviewed_on: { expected: 'a date written YYYY-MM-DD', example: '`reviewed_on: 2026-10-01`' },
  review_due: { expected: 'a date written YYYY-MM-DD', example: '`review_due: 2027-10-01`' },
  locale: { expected: 'a language tag such as en or en-US', example: '`locale: en`' },
  related: { expected: 'a list of entry ids', example: '`related: [flu-treatment, cold-vs-flu]`' },
};
