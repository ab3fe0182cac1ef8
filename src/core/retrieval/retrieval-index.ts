// Ranks entries for a question and decides answer / clarify / no-answer.
// Pipeline: normalise (mentions, links, emoji, punctuation) -> words -> Porter stems -> typo
// correction and compound splitting against the knowledge's own words -> synonym phrases ->
// stop words -> BM25 over questions, title, tags and body -> re-rank the top 10 with a
// character-trigram similarity -> fit measures -> decision (see decide.ts).
// The defaults (options.ts) are the same for every knowledge base.
import type { Entry, RetrievalResult, SynonymGroup } from '../types.js';
import { type Decision, decide } from './decide.js';
import { withoutFiguresOfSpeech } from './figures-of-speech.js';
import { type RetrievalOptionsOverride, withDefaults } from './options.js';
import { buildScorer } from './scorer.js';

export interface RetrievalIndex {
  search(text: string): RetrievalResult;
}

/**
 * A message that held a figure of speech ("this bug is giving me a headache lol") may be chat
 * about something else altogether: what is left of it ("this bug") never gets a direct answer,
 * at most "is this what you mean?".
 */
function askInsteadAfterFigure(decision: Decision, hadFigure: boolean): Decision {
  if (!hadFigure || decision.outcome !== 'answer') return decision;
  return {
    ...decision,
    outcome: 'clarify',
    reason: `${decision.reason} Part of the message is a figure of speech ("giving me a headache"), so: asking.`,
  };
}

export function buildRetrievalIndex(
  entries: readonly Entry[],
  synonyms: readonly SynonymGroup[],
  options: RetrievalOptionsOverride = {},
): RetrievalIndex {
  const settings = withDefaults(options);
  const scorer = buildScorer(entries, synonyms, settings);
  return {
    search(text) {
      const plain = withoutFiguresOfSpeech(text);
      const { candidates } = scorer.score(plain);
      const decision = askInsteadAfterFigure(decide(candidates, settings.decision), plain !== text);
      // Chosen entries first (a clarify choice may skip a candidate), then the rest by score.
      const order = [
        ...decision.chosen,
        ...candidates.filter((candidate) => !decision.chosen.includes(candidate)),
      ];
      return {
        outcome: decision.outcome,
        ranked: order.map((candidate) => ({
          entryId: candidate.entry.id,
          score: candidate.score,
          matches: candidate.matches,
        })),
        offered: decision.chosen.length,
        confidence: decision.confidence,
        reason: decision.reason,
      };
    },
  };
}
