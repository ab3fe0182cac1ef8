// BM25 over the fields of the index. An entry's score is its best-matching question (a message
// usually paraphrases one question) plus a share of its other questions, plus title, tags
// and body with their own weights.
import { ENTRY_FIELDS, type Field, type FieldIndex, type Postings } from './field-index.js';

export interface RankOptions {
  k1: number;
  b: number;
  /** BM25+ lower bound: a matched term is worth at least this much, whatever the length. */
  delta: number;
  fieldWeights: Record<Field, number>;
  /** Weight of the entry's other matching questions, beside its best one. */
  otherQuestionsWeight: number;
  /** How much a term reached only through typo correction counts. */
  correctedTermWeight: number;
  /** How many entries to return. */
  limit: number;
}

export interface QueryTerm {
  term: string;
  surface: string;
  corrected: boolean;
  /** idf, times correctedTermWeight when corrected; unknown terms get `unknownTermWeight`. */
  weight: number;
  known: boolean;
}

export interface Scored {
  entry: number;
  score: number;
  /** Score of the best question alone. */
  bestQuestionScore: number;
  bestQuestion: number;
}

export interface Ranker {
  rank(terms: readonly QueryTerm[], options: RankOptions): Scored[];
}

export function idf(documentFrequency: number, documents: number): number {
  return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

export function createRanker(index: FieldIndex): Ranker {
  const entryCount = index.entries.length;
  const questionScores = new Float64Array(index.questionEntry.length);
  const fieldScores = new Float64Array(entryCount);
  const touchedQuestion = new Uint8Array(index.questionEntry.length);
  const touchedEntry = new Uint8Array(entryCount);

  return {
    rank(terms, options) {
      const questions: number[] = [];
      const entries: number[] = [];
      const { k1, b, delta } = options;
      const saturate = (tf: number, length: number, averageLength: number) =>
        delta + (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / averageLength));

      for (const query of terms) {
        if (!query.known) continue;
        const postings = index.postings.get(query.term);
        if (postings === undefined) continue;
        const questionPostings: Postings = postings.question;
        for (let i = 0; i < questionPostings.docs.length; i++) {
          const question = questionPostings.docs[i] as number;
          const tf = questionPostings.tfs[i] as number;
          questionScores[question] =
            (questionScores[question] as number) +
            query.weight * saturate(tf, index.questionLength[question] as number, index.averageQuestionLength);
          if (touchedQuestion[question] === 0) {
            touchedQuestion[question] = 1;
            questions.push(question);
          }
        }
        for (const field of ENTRY_FIELDS) {
          const weight = options.fieldWeights[field];
          if (weight === 0) continue;
          const fieldPostings = postings[field];
          for (let i = 0; i < fieldPostings.docs.length; i++) {
            const entry = fieldPostings.docs[i] as number;
            const tf = fieldPostings.tfs[i] as number;
            fieldScores[entry] =
              (fieldScores[entry] as number) +
              weight *
              query.weight *
              saturate(tf, index.fieldLength[field][entry] as number, index.averageFieldLength[field]);
            if (touchedEntry[entry] === 0) {
              touchedEntry[entry] = 1;
              entries.push(entry);
            }
          }
        }
      }

      // Best question per entry, and the sum of the others.
      const best = new Map<number, { question: number; score: number; others: number }>();
      for (const question of questions) {
        const entry = index.questionEntry[question] as number;
        const score = questionScores[question] as number;
        const current = best.get(entry);
        if (current === undefined) best.set(entry, { question, score, others: 0 });
        else if (score > current.score) {
          current.others += current.score;
          current.question = question;
          current.score = score;
        } else current.others += score;
        if (touchedEntry[entry] === 0) {
          touchedEntry[entry] = 1;
          entries.push(entry);
        }
      }

      const top: Scored[] = [];
      const questionWeight = options.fieldWeights.question;
      for (const entry of entries) {
        const questionMatch = best.get(entry);
        const count = index.questionCount[entry] as number;
        const questionPart =
          questionMatch === undefined
            ? 0
            : questionMatch.score + (options.otherQuestionsWeight * questionMatch.others) / Math.max(count - 1, 1);
        const score = questionWeight * questionPart + (fieldScores[entry] as number);
        insertTop(top, {
          entry,
          score,
          bestQuestionScore: questionMatch?.score ?? 0,
          bestQuestion: questionMatch?.question ?? -1,
        }, options.limit);
      }

      for (const question of questions) {
        questionScores[question] = 0;
        touchedQuestion[question] = 0;
      }
      for (const entry of entries) {
        fieldScores[entry] = 0;
        touchedEntry[entry] = 0;
      }
      return top;
    },
  };
}

/** Keeps `top` sorted best first and at most `limit` long; ties go to the earlier entry. */
function insertTop(top: Scored[], candidate: Scored, limit: number): void {
  if (top.length === limit && candidate.score <= (top[limit - 1] as Scored).score) return;
  let position = top.length;
  while (position > 0) {
    const above = top[position - 1] as Scored;
    if (above.score > candidate.score || (above.score === candidate.score && above.entry < candidate.entry)) break;
    position--;
  }
  top.splice(position, 0, candidate);
  if (top.length > limit) top.pop();
}
