// The one set of retrieval defaults used for every knowledge base. Each value is a general
// property of chat questions against short FAQ entries, not a fit to any test set.
import type { RankOptions } from './rank.js';

export interface DecisionOptions {
  /** Below this share of the message's distinctive words found in the best entry: no answer. */
  minCoverage: number;
  /** Answer directly only with at least this share covered... */
  answerCoverage: number;
  /** ...and the runner-up at most this fraction of the best score. */
  answerRunnerUpRatio: number;
  /** Candidates within this fraction of the best score are offered when clarifying. */
  clarifyRatio: number;
  /** Most candidates in a clarifying choice. */
  maxChoices: number;
}

export interface RetrievalOptions {
  rank: RankOptions;
  decision: DecisionOptions;
  /** Weight of a word no entry uses, as a share of the highest possible idf. */
  unknownTermWeight: number;
  /** How much a body-only match counts towards coverage. */
  bodyCoverageWeight: number;
}

export const DEFAULT_RETRIEVAL_OPTIONS: RetrievalOptions = {
  rank: {
    k1: 1.2,
    b: 0.75,
    delta: 0,
    fieldWeights: { question: 1, title: 1, tag: 0.5, body: 0.1 },
    otherQuestionsWeight: 0.3,
    fieldTie: 1,
    correctedTermWeight: 0.8,
    limit: 10,
  },
  decision: {
    minCoverage: 0.5,
    answerCoverage: 0.75,
    answerRunnerUpRatio: 0.8,
    clarifyRatio: 0.7,
    maxChoices: 3,
  },
  unknownTermWeight: 0.8,
  bodyCoverageWeight: 0.5,
};

export type RetrievalOptionsOverride = {
  rank?: Partial<RankOptions>;
  decision?: Partial<DecisionOptions>;
} & Partial<Omit<RetrievalOptions, 'rank' | 'decision'>>;

export function withDefaults(override: RetrievalOptionsOverride = {}): RetrievalOptions {
  return {
    ...DEFAULT_RETRIEVAL_OPTIONS,
    ...override,
    rank: { ...DEFAULT_RETRIEVAL_OPTIONS.rank, ...override.rank },
    decision: { ...DEFAULT_RETRIEVAL_OPTIONS.decision, ...override.decision },
  };
}
