// The chat evaluation set (bench/chat-eval/queries.jsonl) asked of a knowledge folder through
// the real loader and AnswerService, with the bars of issue 2's hidden general-practice set.
import type { Entry } from '../../src/core/types.js';
import { openAskPath } from './ask-path.js';
import { type LabelledQuery, readJsonLines } from './covid-q.js';
import { computeMetrics, type QueryOutcome } from './metrics.js';

export interface ChatSetResult {
  results: (QueryOutcome & { q: string })[];
  top1: number;
  resolved: number;
  /** Of all direct answers, the share naming the wrong entry (or answering what has none). */
  wrongAnswerShare: number;
  answers: number;
  offTopicNoAnswer: number;
  uncoveredNoAnswer: number;
}

export const CHAT_SET_BARS = {
  top1: 0.8,
  resolved: 0.8,
  wrongAnswerShare: 0.15,
  offTopicNoAnswer: 0.95,
  uncoveredNoAnswer: 0.6,
} as const;

/**
 * Asks every message. With `keepEntries`, only those entries stay in the knowledge: messages
 * whose entry was removed become `uncovered` (a health question no entry answers).
 */
export async function runChatSet(
  knowledgeDir: string,
  queriesFile: string,
  keepEntries?: (entries: readonly Entry[]) => Entry[],
): Promise<ChatSetResult> {
  let queries = readJsonLines<LabelledQuery>(queriesFile);
  const path = await openAskPath(knowledgeDir, (knowledge) => {
    if (keepEntries === undefined) return knowledge;
    const entries = keepEntries(knowledge.entries);
    return { ...knowledge, entries, byId: new Map(entries.map((entry) => [entry.id, entry])) };
  });
  if (keepEntries !== undefined) {
    queries = queries.map((query) =>
      query.kind === 'in_kb' && !path.knowledge.byId.has(query.expected as string)
        ? { ...query, kind: 'uncovered', expected: null }
        : query,
    );
  }
  const results: ChatSetResult['results'] = [];
  for (const query of queries) {
    const started = performance.now();
    const answer = await path.ask(query.q);
    results.push({
      q: query.q,
      kind: query.kind,
      expected: query.expected,
      outcome: answer.outcome,
      entry: answer.entry,
      candidates: answer.candidates,
      ms: performance.now() - started,
    });
  }
  const overall = computeMetrics(results);
  const noAnswerShare = (kind: string) => {
    const ofKind = results.filter((r) => r.kind === kind);
    return ofKind.filter((r) => r.outcome === 'no-answer').length / Math.max(ofKind.length, 1);
  };
  return {
    results,
    top1: overall.top1,
    resolved: overall.resolved,
    wrongAnswerShare: overall.wrongAnswerShare,
    answers: results.filter((r) => r.outcome === 'answer').length,
    offTopicNoAnswer: noAnswerShare('off_topic'),
    uncoveredNoAnswer: noAnswerShare('uncovered'),
  };
}

/** Messages the bot did not resolve: in_kb not answered or offered, others not declined. */
export function chatSetMisses(result: ChatSetResult): string[] {
  return result.results.flatMap((r) => {
    const best = r.candidates[0] ?? 'none';
    if (r.kind === 'in_kb') {
      const resolved =
        (r.outcome === 'answer' && r.entry === r.expected) ||
        (r.outcome === 'clarify' && r.candidates.includes(r.expected as string));
      return resolved ? [] : [`${r.expected} <- ${r.outcome}:${best} | ${r.q}`];
    }
    return r.outcome === 'no-answer' ? [] : [`(${r.kind}) <- ${r.outcome}:${best} | ${r.q}`];
  });
}
