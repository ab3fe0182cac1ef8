// The metrics of the COVID-Q README (and of the chat set), from one outcome per query.
import type { Outcome } from '../../src/core/types.js';
import type { QueryKind } from './covid-q.js';

export interface QueryOutcome {
  kind: QueryKind;
  expected: string | null;
  outcome: Outcome;
  /** Entry given as a direct answer, else null. */
  entry: string | null;
  /** Best-ranked entries, best first (the choice list when clarifying). */
  candidates: string[];
  ms: number;
}

export interface Metrics {
  queries: number;
  /** in_kb: best-ranked entry is the expected one, whatever the outcome. */
  top1: number;
  answeredCorrect: number;
  clarifyHit: number;
  resolved: number;
  /** Out-of-scope queries (every kind but in_kb) given no-answer. */
  oosNoAnswer: number;
  /** Of all direct answers, the share whose entry is not the expected one. */
  wrongAnswerShare: number;
  /** Share of queries given each outcome. */
  answerRate: number;
  clarifyRate: number;
  noAnswerRate: number;
  msPerQuery: number;
  p99Ms: number;
}

export function computeMetrics(results: readonly QueryOutcome[]): Metrics {
  const inKb = results.filter((r) => r.kind === 'in_kb');
  const outOfScope = results.filter((r) => r.kind !== 'in_kb');
  const answers = results.filter((r) => r.outcome === 'answer');
  const share = (count: number, total: number) => (total === 0 ? Number.NaN : count / total);
  const answeredCorrect = share(
    inKb.filter((r) => r.outcome === 'answer' && r.entry === r.expected).length,
    inKb.length,
  );
  const clarifyHit = share(
    inKb.filter((r) => r.outcome === 'clarify' && r.candidates.includes(r.expected as string)).length,
    inKb.length,
  );
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  return {
    queries: results.length,
    top1: share(inKb.filter((r) => r.candidates[0] === r.expected).length, inKb.length),
    answeredCorrect,
    clarifyHit,
    resolved: answeredCorrect + clarifyHit,
    oosNoAnswer: share(outOfScope.filter((r) => r.outcome === 'no-answer').length, outOfScope.length),
    wrongAnswerShare: share(answers.filter((r) => r.entry !== r.expected).length, answers.length),
    answerRate: share(answers.length, results.length),
    clarifyRate: share(results.filter((r) => r.outcome === 'clarify').length, results.length),
    noAnswerRate: share(results.filter((r) => r.outcome === 'no-answer').length, results.length),
    msPerQuery: share(
      times.reduce((sum, ms) => sum + ms, 0),
      times.length,
    ),
    p99Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))] ?? Number.NaN,
  };
}

export function byKind(results: readonly QueryOutcome[]): Map<QueryKind, Metrics> {
  const kinds = [...new Set(results.map((r) => r.kind))];
  return new Map(kinds.map((kind) => [kind, computeMetrics(results.filter((r) => r.kind === kind))]));
}
