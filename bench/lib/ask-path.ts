// Asks questions the way the bot does: a knowledge folder through the real loader, then the
// real AnswerService (triage -> retrieve -> compose).
import { buildSnapshot, createAnswerService } from '../../src/core/answer-service.js';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Answer, Knowledge } from '../../src/core/types.js';

export interface AskPath {
  knowledge: Knowledge;
  ask(text: string): Promise<Answer>;
}

/** `select` may narrow the loaded knowledge (e.g. to a subset of entries) before indexing. */
export async function openAskPath(
  dir: string,
  select: (knowledge: Knowledge) => Knowledge = (k) => k,
): Promise<AskPath> {
  const loaded = await loadKnowledge(dir);
  if (!loaded.ok) {
    const problems = loaded.problems
      .filter((found) => found.severity === 'error')
      .slice(0, 5)
      .map((found) => `${found.file}:${found.line ?? '?'} ${found.message}`)
      .join('\n');
    throw new Error(`The knowledge folder ${dir} does not load:\n${problems}`);
  }
  const knowledge = select(loaded.knowledge);
  const snapshot = buildSnapshot(knowledge);
  const service = createAnswerService({ snapshot: () => snapshot, logger: silentLogger });
  return {
    knowledge,
    ask: (text) => service.answer({ text, platform: 'cli' }),
  };
}
