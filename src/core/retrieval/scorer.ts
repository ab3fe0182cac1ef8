// Scores a message against the index and measures, for the best candidates, how well they
// fit: the share of the message's distinctive words they hold (coverage) and the share of
// their best question the message holds (question coverage). Ranking alone cannot tell
// "we have this" from "we don't"; these fit measures can.
import type { Entry, RankedEntry, SynonymGroup } from '../types.js';
import { createAnalyser } from './analyse.js';
import { buildFieldIndex, type Field, type FieldIndex, fieldsOf } from './field-index.js';
import type { RetrievalOptions } from './options.js';
import { STOP_WORDS } from './stop-words.js';
import { createRanker, idf, type QueryTerm } from './rank.js';
import { compilePhraseTable } from './synonyms.js';
import { buildTypoCorrector } from './typo-corrector.js';

export interface Candidate {
  entry: Entry;
  score: number;
  /** Share of the message's term weight found in the entry (0..1). */
  coverage: number;
  /** Share of the best question's term weight found in the message (0..1). */
  questionCoverage: number;
  matches: RankedEntry['matches'];
}

export interface Scoring {
  terms: QueryTerm[];
  candidates: Candidate[];
}

export interface Scorer {
  score(text: string): Scoring;
  index: FieldIndex;
}

const FIELD_ORDER: readonly Field[] = ['question', 'title', 'tag', 'body'];

export function buildScorer(
  entries: readonly Entry[],
  synonyms: readonly SynonymGroup[],
  options: RetrievalOptions,
): Scorer {
  let phraseTable = compilePhraseTable([], () => []);
  const analyser = createAnalyser(() => phraseTable);
  phraseTable = compilePhraseTable(synonyms, analyser.stems);
  const index = buildFieldIndex(entries, analyser);
  const ranker = createRanker(index, options.rank);
  const documents = entries.length;
  const maxIdf = idf(0, documents);
  const idfOf = new Map<string, number>();
  for (const [term, frequency] of index.documentFrequency) idfOf.set(term, idf(frequency, documents));

  // Typos are corrected to any stem the entries or synonym groups use (the words indexed so far).
  const vocabulary = new Map<string, number>();
  for (const [word, stem] of analyser.knownWords()) {
    if (!STOP_WORDS.has(word)) vocabulary.set(stem, index.documentFrequency.get(stem) ?? 0);
  }
  for (const stem of phraseTable.stems) if (!vocabulary.has(stem)) vocabulary.set(stem, 0);
  const corrector = buildTypoCorrector(vocabulary);

  function queryTerms(text: string): QueryTerm[] {
    const unique = new Map<string, QueryTerm>();
    for (const term of analyser.analyse(text, corrector.correct)) {
      if (unique.has(term.term)) continue;
      const termIdf = idfOf.get(term.term);
      const known = termIdf !== undefined;
      const base = known ? termIdf : maxIdf * options.unknownTermWeight;
      const weight = term.corrected ? base * options.rank.correctedTermWeight : base;
      unique.set(term.term, { ...term, weight, known });
    }
    return [...unique.values()];
  }

  function questionCoverage(question: number, matched: ReadonlySet<string>): number {
    if (question < 0) return 0;
    let total = 0;
    let found = 0;
    for (const term of index.questionTerms[question] ?? []) {
      const weight = idfOf.get(term) ?? 0;
      total += weight;
      if (matched.has(term)) found += weight;
    }
    return total === 0 ? 0 : found / total;
  }

  return {
    index,
    score(text) {
      const terms = queryTerms(text);
      const totalWeight = terms.reduce((sum, term) => sum + term.weight, 0);
      const ranked = ranker.rank(terms);
      const candidates = ranked.map((scored): Candidate => {
        const matches: RankedEntry['matches'] = [];
        const matched = new Set<string>();
        let coveredWeight = 0;
        for (const term of terms) {
          const fields = fieldsOf(index, term.term, scored.entry);
          if (fields.length === 0) continue;
          matched.add(term.term);
          const onlyBody = fields.length === 1 && fields[0] === 'body';
          coveredWeight += onlyBody ? term.weight * options.bodyCoverageWeight : term.weight;
          for (const field of FIELD_ORDER) {
            if (fields.includes(field)) matches.push({ term: term.surface, field, matchedAs: term.term });
          }
        }
        return {
          entry: index.entries[scored.entry] as Entry,
          score: scored.score,
          coverage: totalWeight === 0 ? 0 : coveredWeight / totalWeight,
          questionCoverage: questionCoverage(scored.bestQuestion, matched),
          matches,
        };
      });
      return { terms, candidates };
    },
  };
}
