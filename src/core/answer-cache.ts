// The answer cache port: repeated questions skip triage, retrieval and composing. The answer
// service owns what a key means and when the cache must be emptied; an implementation only
// stores (src/runtime/lru-answer-cache.ts, bounded by entries and a TTL).
import { hash } from 'node:crypto';
import type { Answer, Question } from './types.js';

export interface AnswerCache {
  /** The answer stored under this key, if it is still there. */
  get(key: string): Answer | undefined;
  set(key: string, answer: Answer): void;
  /** Forgets every answer: the knowledge or the review date changed. */
  clear(): void;
}

/**
 * The key for a question: a sha256 of its locale and exact text, so no cache ever holds what a
 * person typed. Nothing else about the question (platform, channel, request id) changes the answer.
 */
export function answerCacheKey(question: Pick<Question, 'text' | 'locale'>): string {
  // One-shot hash(): a third of createHash()'s cost for a short text.
  return hash('sha256', `${question.locale ?? ''}\u0000${question.text}`, 'base64url');
}

/**
 * A deep copy with every object and array frozen: a cached answer is shared by every request that
 * asks the same question, so no adapter may change it. A copy, because an answer shares arrays
 * (sources, "see a clinician if") with the knowledge entry, which must stay as it was loaded.
 */
export function frozenCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = frozenCopy((value as Record<string, unknown>)[key]);
  return Object.freeze(copy) as T;
}
