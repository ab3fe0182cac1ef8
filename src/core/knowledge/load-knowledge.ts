// Loads and validates a whole knowledge folder. (Stub: the knowledge module replaces this.)
import type { LoadResult } from '../types.js';

export interface LoadOptions {
  /** Today's date (YYYY-MM-DD) for review_due warnings; injected for tests. */
  today?: string;
}

export async function loadKnowledge(_dir: string, _options: LoadOptions = {}): Promise<LoadResult> {
  throw new Error('not implemented yet');
}
