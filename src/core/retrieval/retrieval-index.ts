// Ranks entries for a question and decides answer / clarify / no-answer. (Stub.)
import type { Entry, RetrievalResult, SynonymGroup } from '../types.js';

export interface RetrievalIndex {
  search(text: string): RetrievalResult;
}

export function buildRetrievalIndex(
  _entries: readonly Entry[],
  _synonyms: readonly SynonymGroup[],
): RetrievalIndex {
  throw new Error('not implemented yet');
}
