// Scores a message against the index and measures, for the best candidates, how well they
// fit: the share of the message's distinctive words they hold (coverage) and the share of
// their best question the message holds (question coverage). Ranking alone cannot tell
// "we have this" from "we don't"; these fit measures can.
import type { Entry, RankedEntry, SynonymGroup } from '../types.js';
import { createAnalyser } from './analyse.js';
import { buildFieldIndex, type Field, type FieldIndex, fieldsOf } from './field-index.js';
import type { RetrievalOptions } from './options.js';
import { createRanker, idf, type QueryTerm } from './rank.js';
import { STOP_WORDS } from './stop-words.js';
import { compilePhraseTable } from './synonyms.js';
import { buildTrigramIndex } from './trigram-similarity.js';
import { buildTypoCorrector } from './typo-corrector.js';

export interface Candidate {
  entry: Entry;
  /** Ranking score: BM25 relative to the best candidate, plus weighted trigram similarity and coverage. */
  score: number;
  bm25: number;
  /** Trigram cosine between the message and the entry's title, questions and tags (0..1). */
  similarity: number;
  /** Share of the message's term weight found in the entry (0..1). */
  coverage: number;
  /** Share of the best question's term weight found in the message (0..1). */
  questionCoverage: number;
  /**
   * Weight of the message's words found in the entry's title or tags, in units of the
   * rarest possible word: those fields name the topic, so chat that only brushes an entry's
   * questions or body ("good night all") has none.
   */
  topicEvidence: number;
  /** Weight of the message's words found in the entry (body matches count less), in rarest-word units. */
  evidence: number;
  /**
   * Weight of the message's words that other entries use but this one does not, in rarest-word
   * units: a distinctive word the knowledge base knows elsewhere is strong evidence that the
   * message asks something else ("ibuprofen while pregnant" against an entry on ibuprofen alone,
   * when another entry is about pregnancy).
   */
  unmatchedKnownEvidence: number;
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

/**
 * Words as written (trigrams need the letters stemming removes), except that a synonym
 * phrase becomes its group's canonical token, so "peeing" and "urine" still meet.
 */
function trigramWords(terms: readonly { term: string; surface: string }[]): string[] {
  return terms.flatMap((term) => {
    const written = term.surface.split(' ').filter((word) => !STOP_WORDS.has(word));
    return term.term.startsWith('~') ? [term.term, ...written] : written;
  });
}

/** Two words the entries use, written as one ("handwashing", "nosebleeds"); else null. */
function splitCompound(word: string, isKnownWord: (part: string) => boolean): [string, string] | null {
  const shortest = 3;
  let best: [string, string] | null = null;
  let bestBalance = 0;
  for (let at = shortest; at <= word.length - shortest; at++) {
    const balance = Math.min(at, word.length - at);
    if (balance <= bestBalance) continue;
    const left = word.slice(0, at);
    const right = word.slice(at);
    if (isKnownWord(left) && isKnownWord(right)) {
      best = [left, right];
      bestBalance = balance;
    }
  }
  return best;
}

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

  // A word whose stem the index does not know is compared, as written, with every word the
  // entries and synonym groups use (the words analysed so far).
  const knownStems = new Set<string>(index.documentFrequency.keys());
  for (const stem of phraseTable.stems) knownStems.add(stem);
  const vocabulary = new Map<string, number>();
  for (const [word, stem] of analyser.knownWords()) {
    if (!STOP_WORDS.has(word)) vocabulary.set(word, index.documentFrequency.get(stem) ?? 0);
  }
  const corrector = buildTypoCorrector(vocabulary);
  const corrections = new Map<string, readonly string[] | null>();
  const correct = (word: string, stem: string): readonly string[] | null => {
    if (knownStems.has(stem)) return null;
    const cached = corrections.get(word);
    if (cached !== undefined) return cached;
    const fixed = corrector.correct(word);
    const parts = fixed === null ? splitCompound(word, (part) => vocabulary.has(part)) : null;
    const found = fixed !== null ? [analyser.stem(fixed)] : parts === null ? null : parts.map(analyser.stem);
    if (corrections.size >= 5000) corrections.clear();
    corrections.set(word, found);
    return found;
  };
  const trigrams = buildTrigramIndex(
    entries.map((entry) =>
      trigramWords(analyser.analyse([entry.title, ...entry.questions, ...entry.tags].join(' \n '))),
    ),
  );

  function queryTerms(text: string): QueryTerm[] {
    const unique = new Map<string, QueryTerm>();
    for (const term of analyser.analyse(text, correct)) {
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
      // A pseudo-count of unseen words: one or two matching words are weak evidence of a
      // whole question ("test", "good night"), however fully they are covered.
      const totalWeight =
        terms.reduce((sum, term) => sum + term.weight, 0) +
        options.coveragePrior * maxIdf * options.unknownTermWeight;
      const ranked = ranker.rank(terms);
      // Re-rank the BM25 shortlist: BM25 relative to the best candidate, plus the trigram
      // similarity, plus the share of the message the entry holds (Lucene's "coord" idea).
      const topScore = ranked[0]?.score ?? 0;
      const queryVector = trigrams.vector(trigramWords(terms));
      const candidates = ranked.map((scored): Candidate => {
        const similarity = trigrams.similarity(queryVector, scored.entry);
        const matches: RankedEntry['matches'] = [];
        const matched = new Set<string>();
        let coveredWeight = 0;
        let topicWeight = 0;
        let unmatchedKnownWeight = 0;
        for (const term of terms) {
          const fields = fieldsOf(index, term.term, scored.entry);
          if (fields.length === 0) {
            if (term.known) unmatchedKnownWeight += term.weight;
            continue;
          }
          matched.add(term.term);
          const onlyBody = fields.length === 1 && fields[0] === 'body';
          coveredWeight += onlyBody ? term.weight * options.bodyCoverageWeight : term.weight;
          if (fields.includes('title') || fields.includes('tag')) topicWeight += term.weight;
          for (const field of FIELD_ORDER) {
            if (fields.includes(field)) {
              matches.push({
                term: term.surface,
                field,
                matchedAs: phraseTable.labels.get(term.term) ?? term.term,
              });
            }
          }
        }
        const coverage = totalWeight === 0 ? 0 : coveredWeight / totalWeight;
        return {
          entry: index.entries[scored.entry] as Entry,
          score:
            scored.score / topScore + options.trigramWeight * similarity + options.coverageWeight * coverage,
          bm25: scored.score,
          similarity,
          coverage,
          questionCoverage: questionCoverage(scored.bestQuestion, matched),
          topicEvidence: topicWeight / maxIdf,
          evidence: coveredWeight / maxIdf,
          unmatchedKnownEvidence: unmatchedKnownWeight / maxIdf,
          matches,
        };
      });
      candidates.sort((a, b) => b.score - a.score);
      return { terms, candidates };
    },
  };
}
