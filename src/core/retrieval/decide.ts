// Answer, clarify or say "no vetted answer". A score threshold alone cannot tell a question we
// have from one we don't, so the decision reads a fit: the plain mean of five measures, each
// 0..1 and each meaning the same on every knowledge base:
// - coverage: share of the message's distinctive words the best entry holds;
// - question coverage: share of the best-matching question's words the message holds;
// - evidence: how much distinctive vocabulary matched, in units of the rarest possible word;
// - similarity: trigram cosine between the message and the entry's wording;
// - topic: how much of the message the entry's title and tags (the words naming its topic) hold.
// Then the margin to the runner-up, and how much distinctive vocabulary of the message other
// entries hold but the best does not, decide between one answer and a choice.
import type { Outcome } from '../types.js';
import type { DecisionOptions } from './options.js';
import type { Candidate } from './scorer.js';

export interface Decision {
  outcome: Outcome;
  /** Entries to show: one for an answer, 2-3 for a choice, none for no-answer. */
  chosen: Candidate[];
  /** The fit, 0..1. */
  confidence: number;
  reason: string;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function fitOf(candidates: readonly Candidate[], options: DecisionOptions): number {
  const best = candidates[0];
  if (best === undefined) return 0;
  const measures = [
    best.coverage,
    best.questionCoverage,
    Math.min(1, best.evidence / options.fullEvidence),
    Math.min(1, best.similarity / options.fullSimilarity),
    Math.min(1, best.topicEvidence),
  ];
  return measures.reduce((sum, measure) => sum + measure, 0) / measures.length;
}

export function decide(candidates: readonly Candidate[], options: DecisionOptions): Decision {
  const best = candidates[0];
  if (best === undefined || best.score <= 0) {
    return {
      outcome: 'no-answer',
      chosen: [],
      confidence: 0,
      reason: 'No entry shares a word with the message.',
    };
  }
  const fit = fitOf(candidates, options);
  const runnerUp = candidates[1];
  const runnerUpRatio = runnerUp === undefined ? 0 : runnerUp.score / best.score;
  const summary = `fit ${percent(fit)}: ${best.entry.id} holds ${percent(best.coverage)} of the message's distinctive words`;

  // Words the knowledge base uses elsewhere but the best entry lacks suggest another question:
  // offer a choice rather than a confident answer.
  const unexplained = best.unmatchedKnownEvidence > options.answerMaxUnmatchedKnown;
  // An entry far ahead of every other (none scores half as much) needs less fit, as long as it
  // holds a fair share of the message: asking "is this what you mean?" about the only candidate
  // adds a step and little safety. The share keeps "symptoms of gout" from the flu symptoms entry
  // when no entry knows gout.
  const clearLead =
    runnerUpRatio < options.clarifyRatio &&
    fit >= options.answerFitClearLead &&
    best.coverage >= options.answerCoverageClearLead;
  const enoughFit = fit >= options.answerFit || clearLead;
  if (enoughFit && runnerUpRatio <= options.answerRunnerUpRatio && !unexplained) {
    return {
      outcome: 'answer',
      chosen: [best],
      confidence: fit,
      reason: `${summary} and leads the runner-up clearly (${percent(runnerUpRatio)} of its score).`,
    };
  }
  // Chat that names no entry's topic ("good night all") must fit better to get a choice.
  const clarifyFit = best.topicEvidence > 0 ? options.clarifyFit : options.clarifyFitWithoutTopic;
  if (fit >= clarifyFit) {
    // Only entries that fit about as well as the best are offered; when none does, the choice
    // is "is this what you mean?" about the best alone rather than padded with unrelated ones.
    const chosen = candidates
      .slice(0, options.maxChoices)
      .filter((candidate) => candidate.score >= options.clarifyRatio * best.score);
    return {
      outcome: 'clarify',
      chosen,
      confidence: fit,
      reason:
        fit < options.answerFit
          ? `${summary}: not enough to answer without asking.`
          : runnerUpRatio > options.answerRunnerUpRatio
            ? `${summary}, but the runner-up is close (${percent(runnerUpRatio)} of its score): asking which one.`
            : `${summary}, but other entries hold more of the message's distinctive words: asking which one.`,
    };
  }
  return { outcome: 'no-answer', chosen: [], confidence: fit, reason: `${summary}: too little to offer it.` };
}
