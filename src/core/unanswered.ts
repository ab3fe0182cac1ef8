// The unanswered-questions port: what people asked that the knowledge base had no entry for, so
// clinicians can decide what to write next. Only redacted text reaches it (see unansweredItem), and
// only to the day: a full timestamp beside the words would line a row up with a log line.
import { maskNameRuns } from './privacy/mask-name-runs.js';
import { redact } from './privacy/redact.js';
import type { Answer, Platform, Question } from './types.js';

/** Longest text kept, in UTF-16 units, after redaction: enough for a question, not for a story. */
export const MAX_UNANSWERED_TEXT = 500;

export interface UnansweredQuestion {
  /** The question after redaction, whitespace folded, at most MAX_UNANSWERED_TEXT long. */
  text: string;
  platform: Platform;
  outcome: 'no-answer';
  /** urgent when a red flag of that level matched; emergency and crisis are never recorded. */
  triage: 'urgent' | null;
  /** The nearest entries retrieval found (best first, up to 3), though none fitted. */
  candidates: string[];
  knowledgeVersion: string;
  /** YYYY-MM-DD, UTC. */
  day: string;
}

export interface UnansweredLog {
  record(item: UnansweredQuestion): Promise<void>;
}

/** What to do with one answered question. */
export type UnansweredDecision =
  | { record: true; item: UnansweredQuestion }
  | { record: false; reason: 'answered' | 'red-flag' | 'empty' | 'identifier' };

/**
 * Whether to record a question and what: only a no-answer, never one that triaged as emergency or
 * crisis (the most sensitive, and a list of gaps is not where they belong), and never one still
 * holding what looks like an identifier after redaction.
 */
export function unansweredItem(question: Question, answer: Answer, day: string): UnansweredDecision {
  // A clarify is not recorded: it offered entries that fit, and whether one was right is unknown.
  if (answer.outcome !== 'no-answer') return { record: false, reason: 'answered' };
  const level = answer.triage.level;
  if (level === 'emergency' || level === 'crisis') return { record: false, reason: 'red-flag' };
  // Redact the whole text first (a cut could split an identifier the redactor would then miss),
  // then mask runs of capitalised words the redactor did not know as names (stored text only).
  const redacted = maskNameRuns(redact(question.text).text.replace(/\s+/g, ' ').trim());
  if (redacted === '') return { record: false, reason: 'empty' };
  if (LEFTOVER_NUMBER.test(redacted)) return { record: false, reason: 'identifier' };
  return {
    record: true,
    item: {
      text: cut(redacted, MAX_UNANSWERED_TEXT),
      platform: question.platform,
      outcome: 'no-answer',
      triage: level === 'urgent' ? 'urgent' : null,
      candidates: answer.candidates.slice(0, 3),
      knowledgeVersion: answer.audit.knowledgeVersion,
      day,
    },
  };
}

/**
 * Five or more digits in a row (or in groups joined by - . / or a space) that the redactor left:
 * a ZIP code, a record number without its cue, a phone number in an odd shape. Doses, ages under
 * 90, temperatures and years have fewer; losing a rare "10,000 steps" question is the price.
 */
const LEFTOVER_NUMBER = /\d(?:[\s./-]?\d){4,}/;

/** At most `max` units, never splitting a [PLACEHOLDER] or a surrogate pair; "…" marks a cut. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Placeholders are short ([HEALTH_PLAN] is the longest): a '[' further back is the person's own.
  const open = text.lastIndexOf('[', end);
  if (open !== -1 && end - open < 14 && text.indexOf(']', open) >= end) end = open;
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** Kept in the process only (VETTED_FEEDBACK_DB=memory), bounded; oldest forgotten first. */
export interface InMemoryUnansweredLog extends UnansweredLog {
  list(): UnansweredQuestion[];
  /** Forgets items from before `day` (YYYY-MM-DD); returns how many. */
  prune(day: string): number;
}

export function createInMemoryUnansweredLog(limit = 10_000): InMemoryUnansweredLog {
  let items: UnansweredQuestion[] = [];
  return {
    async record(item) {
      items.push({ ...item, candidates: [...item.candidates] });
      if (items.length > limit) items.splice(0, items.length - limit);
    },
    list: () => items.map((item) => ({ ...item, candidates: [...item.candidates] })),
    prune(day) {
      const before = items.length;
      items = items.filter((item) => item.day >= day);
      return before - items.length;
    },
  };
}
