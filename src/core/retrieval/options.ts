// The one set of retrieval defaults used for every knowledge base. Each value is a general
// property of chat questions against short FAQ entries, not a fit to any test set.
import type { RankOptions } from './rank.js';

export interface DecisionOptions {
  /** Answer directly only when the best entry holds at least this share of the message's words... */
  answerCoverage: number;
  /** ...its trigram similarity to the message is at least this... */
  answerSimilarity: number;
  /** ...and the runner-up scores at most this fraction of the best. */
  answerRunnerUpRatio: number;
  /** Offer a choice when a candidate's title or tags hold this much of the message (topic evidence)... */
  clarifyTopicEvidence: number;
  /** ...or the best entry is this similar to the message... */
  clarifySimilarity: number;
  /** ...and holds this share of its best question. */
  clarifyQuestionCoverage: number;
  /** Candidates scoring at least this fraction of the best are offered in a choice. */
  clarifyRatio: number;
  /** Most candidates in a clarifying choice. */
  maxChoices: number;
}

export interface RetrievalOptions {
  rank: RankOptions;
  decision: DecisionOptions;
  /** Weight of a word no entry uses, as a share of the highest possible idf. */
  unknownTermWeight: number;
  /** Weight of the trigram similarity beside relative BM25 when re-ranking. */
  trigramWeight: number;
  /** How much a body-only match counts towards coverage. */
  bodyCoverageWeight: number;
}

export const DEFAULT_RETRIEVAL_OPTIONS: RetrievalOptions = {
  rank: {
    k1: 1.2,
    b: 0.75,
    delta: 0,
    fieldWeights: { question: 1, title: 1, tag: 1, body: 0.2 },
    otherQuestionsWeight: 0.3,
    fieldTie: 1,
    correctedTermWeight: 0.8,
    limit: 20,
  },
  decision: {
    answerCoverage: 0.4,
    answerSimilarity: 0.1,
    answerRunnerUpRatio: 0.7,
    clarifyTopicEvidence: 0.4,
    clarifySimilarity: 0.25,
    clarifyQuestionCoverage: 0.4,
    clarifyRatio: 0.5,
    maxChoices: 3,
  },
  unknownTermWeight: 0.8,
  trigramWeight: 2,
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
