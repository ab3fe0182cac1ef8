// The decision between answer, clarify and no-answer, from the fit measures of the candidates.
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/core/retrieval/decide.js';
import { DEFAULT_RETRIEVAL_OPTIONS } from '../../../src/core/retrieval/options.js';
import type { Candidate } from '../../../src/core/retrieval/scorer.js';
import { FIXTURE_ENTRIES } from './fixture-entries.js';

const options = DEFAULT_RETRIEVAL_OPTIONS.decision;
const [first, second] = FIXTURE_ENTRIES;

/** A candidate that fits the message fully on every measure. */
function candidate(entry: typeof first, score: number, unmatchedKnownEvidence = 0): Candidate {
  return {
    entry: entry as NonNullable<typeof first>,
    score,
    bm25: score,
    similarity: 1,
    coverage: 1,
    questionCoverage: 1,
    topicEvidence: 1,
    evidence: 3,
    unmatchedKnownEvidence,
    matches: [],
  };
}

describe('decide', () => {
  it('answers when one entry fits well and leads the runner-up clearly', () => {
    const decision = decide([candidate(first, 3), candidate(second, 1)], options);
    expect(decision.outcome).toBe('answer');
    expect(decision.chosen.map((chosen) => chosen.entry.id)).toEqual([first?.id]);
  });

  it('asks which one when the message has distinctive words other entries use but the best lacks', () => {
    const unexplained = options.answerMaxUnmatchedKnown + 0.5;
    const decision = decide([candidate(first, 3, unexplained), candidate(second, 1)], options);
    expect(decision.outcome).toBe('clarify');
    expect(decision.chosen.map((chosen) => chosen.entry.id)).toContain(first?.id);
    expect(decision.reason).toMatch(/other entries/);
  });

  it('answers at a moderate fit only when no other entry comes near and it holds enough of the message', () => {
    // Fit 0.5: under the plain answer level, above the clear-lead level.
    const moderate = (entry: typeof first, score: number, coverage = 0.35): Candidate => ({
      ...candidate(entry, score),
      coverage,
      questionCoverage: 0.5,
      evidence: options.fullEvidence / 2,
      similarity: options.fullSimilarity / 2,
      topicEvidence: 1 - coverage,
    });
    const alone = decide([moderate(first, 3), candidate(second, 1)], options);
    expect(alone.confidence).toBeCloseTo(0.5);
    expect(alone.outcome).toBe('answer');
    const followed = decide([moderate(first, 3), candidate(second, 1.8)], options);
    expect(followed.outcome).toBe('clarify');
    // "symptoms of gout" against a flu symptoms entry: far ahead, but most of the message unheld.
    const thin = decide([moderate(first, 3, 0.2), candidate(second, 1)], options);
    expect(thin.confidence).toBeCloseTo(0.5);
    expect(thin.outcome).toBe('clarify');
  });

  it('asks which one when the runner-up is close', () => {
    const decision = decide([candidate(first, 3), candidate(second, 2.9)], options);
    expect(decision.outcome).toBe('clarify');
    expect(decision.reason).toMatch(/runner-up is close/);
  });

  it('offers only the entries that fit about as well as the best, not the rest of the ranking', () => {
    const third = FIXTURE_ENTRIES[2];
    const unexplained = options.answerMaxUnmatchedKnown + 0.5;
    // The best leads clearly but leaves distinctive words unexplained: "is this what you mean?"
    // about the best alone, without far weaker entries padding the choice.
    const alone = decide(
      [candidate(first, 3, unexplained), candidate(second, 1), candidate(third, 0.9)],
      options,
    );
    expect(alone.outcome).toBe('clarify');
    expect(alone.chosen.map((chosen) => chosen.entry.id)).toEqual([first?.id]);
    const close = decide([candidate(first, 3), candidate(second, 2.9), candidate(third, 0.9)], options);
    expect(close.chosen.map((chosen) => chosen.entry.id)).toEqual([first?.id, second?.id]);
  });

  it('has no answer when nothing matched', () => {
    expect(decide([], options).outcome).toBe('no-answer');
  });
});
