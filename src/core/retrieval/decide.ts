// Answer, clarify or say "no vetted answer". A score threshold alone cannot tell a question we
// have from one we don't, so the decision reads three things: how much of the message's
// distinctive vocabulary the best entry holds (coverage), how far ahead of the runner-up it is
// (margin), and which other entries come close enough to offer as a choice.
import type { Outcome } from '../types.js';
import type { DecisionOptions } from './options.js';
import type { Candidate } from './scorer.js';

export interface Decision {
  outcome: Outcome;
  /** Entries to show: one for an answer, 2-3 for a choice, none for no-answer. */
  chosen: Candidate[];
  confidence: number;
  reason: string;
}

export function decide(candidates: readonly Candidate[], options: DecisionOptions): Decision {
  const best = candidates[0];
  if (best === undefined || best.score <= 0) {
    return { outcome: 'no-answer', chosen: [], confidence: 0, reason: 'No entry shares a word with the message.' };
  }
  const runnerUp = candidates[1];
  const runnerUpRatio = runnerUp === undefined ? 0 : runnerUp.score / best.score;
  const confidence = clamp(best.coverage * (1 - 0.5 * runnerUpRatio));
  const percent = (share: number) => `${Math.round(share * 100)}%`;

  if (best.coverage < options.minCoverage) {
    return {
      outcome: 'no-answer',
      chosen: [],
      confidence,
      reason: `The best entry (${best.entry.id}) holds only ${percent(best.coverage)} of the message's distinctive words.`,
    };
  }
  if (best.coverage >= options.answerCoverage && runnerUpRatio <= options.answerRunnerUpRatio) {
    return {
      outcome: 'answer',
      chosen: [best],
      confidence,
      reason: `${best.entry.id} holds ${percent(best.coverage)} of the message's distinctive words and leads the runner-up clearly.`,
    };
  }
  const close = candidates
    .slice(0, options.maxChoices)
    .filter(
      (candidate) =>
        candidate.score >= options.clarifyRatio * best.score && candidate.coverage >= options.minCoverage,
    );
  const chosen = close.length >= 2 ? close : candidates.slice(0, Math.min(2, options.maxChoices));
  return {
    outcome: 'clarify',
    chosen,
    confidence,
    reason:
      runnerUpRatio > options.answerRunnerUpRatio
        ? `${chosen.length} entries fit about equally well (runner-up at ${percent(runnerUpRatio)} of the best score).`
        : `The best entry (${best.entry.id}) holds ${percent(best.coverage)} of the message's distinctive words: not enough to answer without asking.`,
  };
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
