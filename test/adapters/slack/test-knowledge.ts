// The core the Slack tests run against: the real loader, AnswerService and composer over a small
// fixture folder, with deterministic stand-ins for retrieval and triage so these tests pin the
// adapter's behaviour rather than ranking or red-flag wording (tested in their own suites).
import { fileURLToPath } from 'node:url';
import {
  type AnswerService,
  createAnswerService,
  type KnowledgeSnapshot,
} from '../../../src/core/answer-service.js';
import { loadKnowledge } from '../../../src/core/knowledge/load-knowledge.js';
import { silentLogger } from '../../../src/core/logger.js';
import type { RetrievalIndex } from '../../../src/core/retrieval/retrieval-index.js';
import type { TriageClassifier } from '../../../src/core/triage/classifier.js';
import type { Knowledge, Outcome, RetrievalResult } from '../../../src/core/types.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/slack-knowledge', import.meta.url));

export const QUESTIONS = {
  flu: 'what are the symptoms of the flu',
  ambiguous: 'cold or flu?',
  emergency: 'crushing chest pain and sweating, is it the flu',
  unknown: 'how do I fix my bicycle',
  /** The core's privacy check marks it sensitive (a name, a family member's illness); never shown back. */
  sensitive: 'my daughter Aurelia Quimby has the flu, what are the symptoms',
};
export const SENSITIVE_WORDS = ['Aurelia', 'Quimby', 'daughter'];

export async function loadFixtureKnowledge(): Promise<Knowledge> {
  const result = await loadKnowledge(FIXTURE_DIR, { today: '2026-11-27' });
  if (!result.ok) throw new Error(`fixture knowledge has problems: ${JSON.stringify(result.problems)}`);
  return result.knowledge;
}

function result(outcome: Outcome, ids: string[]): RetrievalResult {
  return {
    outcome,
    ranked: ids.map((entryId, i) => ({ entryId, score: 1 - i / 10, matches: [] })),
    offered: outcome === 'no-answer' ? 0 : outcome === 'answer' ? 1 : Math.min(3, ids.length),
    confidence: outcome === 'answer' ? 0.9 : 0.4,
    reason: 'test index',
  };
}

export const testIndex: RetrievalIndex = {
  search(text) {
    const words = text.toLowerCase();
    if (words.includes('cold') && words.includes('flu'))
      return result('clarify', ['flu-symptoms', 'cold-vs-flu']);
    if (words.includes('flu')) return result('answer', ['flu-symptoms']);
    return result('no-answer', []);
  },
};

export const testTriage: TriageClassifier = {
  classify(text) {
    return /chest pain/i.test(text)
      ? {
          level: 'emergency',
          rule: 'chest-pain',
          message: 'Chest pain with sweating can be a heart attack. Call 112 now.',
        }
      : null;
  },
};

/** The real answer service (real composition and privacy check) over scripted retrieval and triage. */
export function testAnswers(knowledge: Knowledge): AnswerService {
  const snapshot: KnowledgeSnapshot = { knowledge, index: testIndex, triage: testTriage };
  return createAnswerService({
    snapshot: () => snapshot,
    logger: silentLogger,
    today: () => '2026-11-27',
  });
}
