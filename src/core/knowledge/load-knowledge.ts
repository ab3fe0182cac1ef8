// Loads and validates a whole knowledge folder: a Knowledge when it has no errors, else every problem.
import type { LoadResult } from '../types.js';
import { type CheckOptions, checkKnowledge } from './check-knowledge.js';

export type LoadOptions = CheckOptions;

export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const check = await checkKnowledge(dir, options);
  if (check.problems.some((found) => found.severity === 'error')) {
    return { ok: false, problems: check.problems };
  }
  return {
    ok: true,
    knowledge: {
      dir: check.dir,
      entries: check.entries,
      byId: new Map(check.entries.map((entry) => [entry.id, entry])),
      synonyms: check.synonyms,
      triageRules: check.triageRules,
      settings: check.settings,
      version: check.version,
      loadedAt: new Date().toISOString(),
      warnings: check.problems,
    },
  };
}
