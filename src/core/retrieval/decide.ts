// Answer, clarify or say "no vetted answer". A score threshold alone cannot tell a question we
// have from one we don't, so the decision reads several measures of fit, each comparable
// across knowledge bases: how much of the message the best entry holds (coverage), how alike
// their wording is (trigram similarity), whether the message names an entry's topic (words in
// its title or tags), and how far the best entry is ahead of the runner-up.
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

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function decide(candidates: readonly Candidate[], options: DecisionOptions): Decision {
  const best = candidates[0];
  if (best === undefined || best.score <= 0) {
    return { outcome: 'no-answer', chosen: [], confidence: 0, reason: 'No entry shares a word with the message.' };
  }
  const runnerUp = candidates[1];
  const runnerUpRatio = runnerUp === undefined ? 0 : runnerUp.score / best.score;
  const confidence = clamp(
    (0.5 * best.coverage + 0.5 * Math.min(1, best.similarity / 0.5)) * (1 - 0.5 * runnerUpRatio),
  );
  const shortlist = candidates.slice(0, options.maxChoices);

  if (
    best.coverage >= options.answerCoverage &&
    best.similarity >= options.answerSimilarity &&
    best.topicEvidence > 0 &&
    runnerUpRatio <= options.answerRunnerUpRatio
  ) {
    return {
      outcome: 'answer',
      chosen: [best],
      confidence,
      reason: `${best.entry.id} holds ${percent(best.coverage)} of the message's distinctive words, names its topic, and leads the runner-up clearly (${percent(runnerUpRatio)} of its score).`,
    };
  }

  const topical = Math.max(...shortlist.map((candidate) => candidate.topicEvidence));
  const closeWording =
    best.similarity >= options.clarifySimilarity && best.questionCoverage >= options.clarifyQuestionCoverage;
  if (topical >= options.clarifyTopicEvidence || closeWording) {
    const close = shortlist.filter((candidate) => candidate.score >= options.clarifyRatio * best.score);
    const chosen = close.length >= 2 ? close : candidates.slice(0, Math.min(2, options.maxChoices));
    return {
      outcome: 'clarify',
      chosen,
      confidence,
      reason:
        runnerUpRatio > options.answerRunnerUpRatio
          ? `${chosen.length} entries fit about equally well (runner-up at ${percent(runnerUpRatio)} of the best score): asking which one.`
          : `The message is about a topic we cover, but ${best.entry.id} holds only ${percent(best.coverage)} of its words: asking instead of answering.`,
    };
  }

  return {
    outcome: 'no-answer',
    chosen: [],
    confidence,
    reason: `No entry names the message's topic, and the closest (${best.entry.id}) holds only ${percent(best.coverage)} of its words.`,
  };
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
