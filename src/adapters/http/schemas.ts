// JSON schemas for the routes: they validate requests, speed up serialisation, and are the
// OpenAPI document at /docs. The answer schema lists every field of `Answer` (src/core/types.ts);
// a test compares the served JSON with the answer service's output, so a field left out here fails.
import { MAX_QUESTION_CHARS } from './errors.js';

const nullableString = { type: ['string', 'null'] } as const;

const choice = {
  type: 'object',
  required: ['entryId', 'title'],
  properties: { entryId: { type: 'string' }, title: { type: 'string' } },
} as const;

const source = {
  type: 'object',
  required: ['title', 'url'],
  properties: { title: { type: 'string' }, url: { type: 'string' } },
} as const;

const problem = {
  type: 'object',
  required: ['severity', 'file', 'code', 'message', 'fix'],
  properties: {
    severity: { type: 'string', enum: ['error', 'warning'] },
    file: { type: 'string' },
    line: { type: 'integer' },
    code: { type: 'string' },
    message: { type: 'string' },
    fix: { type: 'string' },
  },
} as const;

const escalation = {
  type: 'object',
  required: ['level', 'source', 'text', 'contacts'],
  properties: {
    level: { type: 'string', enum: ['emergency', 'crisis', 'urgent', 'entry-urgent', 'entry-emergency'] },
    source: { type: 'string' },
    text: { type: 'string' },
    contacts: {
      type: 'array',
      description: 'Numbers to offer as tap-to-call (tel:) links',
      items: {
        type: 'object',
        required: ['label', 'number'],
        properties: { label: { type: 'string' }, number: { type: 'string' } },
      },
    },
  },
} as const;

export const errorSchema = {
  $id: 'Error',
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'Stable machine-readable code, e.g. question-too-long' },
        message: { type: 'string', description: 'What went wrong and how to fix it' },
      },
    },
    escalation: {
      ...escalation,
      description: 'Present when answering failed but the question matched a red flag: show it first',
    },
  },
} as const;

export const answerSchema = {
  $id: 'Answer',
  type: 'object',
  description:
    'The composed answer. Show `escalation` first when its level is emergency or crisis; always show sources, review and disclaimer.',
  required: [
    'outcome',
    'triage',
    'escalation',
    'title',
    'body',
    'sources',
    'review',
    'seeClinicianIf',
    'related',
    'choices',
    'disclaimer',
    'sensitive',
    'entry',
    'candidates',
    'confidence',
    'audit',
    'text',
  ],
  properties: {
    outcome: { type: 'string', enum: ['answer', 'clarify', 'no-answer'] },
    triage: {
      type: 'object',
      required: ['level', 'rule'],
      properties: {
        level: { type: ['string', 'null'], enum: ['emergency', 'crisis', 'urgent', null] },
        rule: nullableString,
      },
    },
    escalation: { ...escalation, type: ['object', 'null'] },
    title: nullableString,
    body: { type: 'string', description: 'Vetted Markdown, or the no-answer / clarify text' },
    sources: { type: 'array', items: source },
    review: {
      type: ['object', 'null'],
      required: ['status', 'text'],
      properties: {
        status: { type: 'string', enum: ['draft', 'reviewed'] },
        reviewedBy: { type: 'string' },
        reviewedOn: { type: 'string' },
        text: { type: 'string' },
      },
    },
    seeClinicianIf: { type: 'array', items: { type: 'string' } },
    related: { type: 'array', items: choice },
    choices: {
      type: 'array',
      items: choice,
      description: 'Clarify choices: fetch GET /v1/entries/{entryId}',
    },
    disclaimer: { type: 'string' },
    sensitive: { type: 'boolean' },
    entry: nullableString,
    candidates: { type: 'array', items: { type: 'string' } },
    confidence: { type: 'number' },
    audit: {
      type: 'object',
      required: ['entryId', 'contentHash', 'knowledgeVersion'],
      properties: {
        entryId: nullableString,
        contentHash: nullableString,
        knowledgeVersion: { type: 'string' },
      },
    },
    text: { type: 'string', description: 'The whole reply as plain text, in reading order' },
  },
} as const;

const locale = {
  type: 'string',
  pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
  maxLength: 35,
  description: 'BCP-47 language tag, e.g. en or en-US',
} as const;

export const askBodySchema = {
  type: 'object',
  required: ['question'],
  properties: {
    question: {
      type: 'string',
      minLength: 1,
      maxLength: MAX_QUESTION_CHARS,
      pattern: '\\S',
      description: 'The question as the person wrote it. It is never logged.',
    },
    locale,
  },
} as const;

export const entryParamsSchema = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 200 } },
} as const;

export const entryQuerySchema = {
  type: 'object',
  properties: { locale },
} as const;

export const knowledgeStatusSchema = {
  type: 'object',
  required: [
    'ready',
    'version',
    'loadedAt',
    'entries',
    'warnings',
    'servingLastGood',
    'lastReload',
    'reloads',
  ],
  properties: {
    ready: { type: 'boolean' },
    version: nullableString,
    loadedAt: nullableString,
    entries: { type: 'integer' },
    warnings: { type: 'array', items: problem },
    servingLastGood: {
      type: 'boolean',
      description: 'True while the files on disk have problems and the last good knowledge is served',
    },
    lastReload: {
      type: ['object', 'null'],
      required: ['at', 'ok', 'problems'],
      properties: {
        at: { type: 'string' },
        ok: { type: 'boolean' },
        problems: { type: 'array', items: problem },
      },
    },
    reloads: {
      type: 'object',
      required: ['ok', 'rejected'],
      properties: { ok: { type: 'integer' }, rejected: { type: 'integer' } },
    },
    settings: {
      type: ['object', 'null'],
      properties: {
        locale: { type: 'string' },
        disclaimer: { type: 'string' },
        emergencyNumber: { type: 'string' },
        crisisLine: { type: 'string' },
      },
    },
  },
} as const;

export const errorResponses = {
  400: { $ref: 'Error#' },
  413: { $ref: 'Error#' },
  415: { $ref: 'Error#' },
  429: { $ref: 'Error#' },
  500: { $ref: 'Error#' },
  503: { $ref: 'Error#' },
} as const;
