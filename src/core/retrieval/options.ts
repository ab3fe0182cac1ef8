// The one set of retrieval defaults used for every knowledge base. Each value is a general
// property of chat questions against short FAQ entries, not a fit to one knowledge base's
// vocabulary. The body weight, the runner-up ratio and answerMaxUnmatchedKnown were chosen by
// measuring the chat set and COVID-Q together, keeping only what hurt neither; clarifyFit and
// the clear-lead answer were also checked on blind general-practice sets (bench/chat-eval-gp30*)
// (docs/benchmarks.md, "Retrieval quality" and "Chat set").
import type { RankOptions } from './rank.js';

export interface DecisionOptions {
  /** Answer directly when the fit (0..1) is at least this... */
  answerFit: number;
  /**
   * ...or at least this when no other entry scores `clarifyRatio` of the best (a clear lead) and
   * the best holds at least `answerCoverageClearLead` of the message's distinctive words...
   */
  answerFitClearLead: number;
  answerCoverageClearLead: number;
  /** ...and the runner-up scores at most this fraction of the best... */
  answerRunnerUpRatio: number;
  /**
   * ...and the message's words that other entries use but the best one does not weigh at most
   * this, in rarest-word units (else a choice is offered instead of an answer).
   */
  answerMaxUnmatchedKnown: number;
  /** Below this fit: no answer. Between the two: a choice of candidates. */
  clarifyFit: number;
  /** The same when no word of the best entry's title or tags is in the message. */
  clarifyFitWithoutTopic: number;
  /** Candidates scoring at least this fraction of the best are offered in a choice. */
  clarifyRatio: number;
  /** Most candidates in a clarifying choice. */
  maxChoices: number;
  /** Similarity at which that measure counts fully in the fit (trigram cosines of chat run low). */
  fullSimilarity: number;
  /** Evidence (in rarest-word units) at which that measure counts fully. */
  fullEvidence: number;
}

export interface RetrievalOptions {
  rank: RankOptions;
  decision: DecisionOptions;
  /** Weight of a word no entry uses, as a share of the highest possible idf. */
  unknownTermWeight: number;
  /** Weight of the trigram similarity beside relative BM25 when re-ranking. */
  trigramWeight: number;
  /** Weight of coverage beside relative BM25 when re-ranking. */
  coverageWeight: number;
  /** Unseen words (as unknown words) added to every message when measuring coverage. */
  coveragePrior: number;
  /** How much a body-only match counts towards coverage. */
  bodyCoverageWeight: number;
}

export const DEFAULT_RETRIEVAL_OPTIONS: RetrievalOptions = {
  rank: {
    k1: 1.2,
    b: 0.75,
    fieldWeights: { question: 1, title: 1, tag: 1, body: 0.5 },
    otherQuestionsWeight: 0.3,
    fieldTie: 1,
    correctedTermWeight: 0.8,
    commonBodyShare: 0.5,
    limit: 10,
  },
  decision: {
    answerFit: 0.55,
    answerFitClearLead: 0.45,
    answerCoverageClearLead: 0.3,
    answerRunnerUpRatio: 0.75,
    answerMaxUnmatchedKnown: 1.5,
    clarifyFit: 0.31,
    clarifyFitWithoutTopic: 0.35,
    clarifyRatio: 0.5,
    maxChoices: 3,
    fullSimilarity: 0.5,
    fullEvidence: 1.5,
  },
  unknownTermWeight: 0.8,
  trigramWeight: 2,
  coverageWeight: 0.5,
  bodyCoverageWeight: 0.5,
  coveragePrior: 1,
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
