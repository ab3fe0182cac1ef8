// BM25 over the fields of the index. An entry's score is its best-matching question (a message
// usually paraphrases one question) plus a share of its other questions, plus title, tags
// and body with their own weights, where each word counts once, in its best field (dismax).
import { ENTRY_FIELDS, type Field, type FieldIndex } from './field-index.js';

export interface RankOptions {
  k1: number;
  b: number;
  fieldWeights: Record<Field, number>;
  /** Share of a title/tag/body match that counts when a question of the entry holds the term too. */
  fieldTie: number;
  /** Weight of the entry's other matching questions, beside its best one. */
  otherQuestionsWeight: number;
  /** How much a term reached only through typo correction counts. */
  correctedTermWeight: number;
  /** Body postings of a word in more than this share of entries are skipped (they rank nothing). */
  commonBodyShare: number;
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
  rank(terms: readonly QueryTerm[]): Scored[];
}

export function idf(documentFrequency: number, documents: number): number {
  return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** BM25's length normalisation k1 * (1 - b + b * length / average), once per document. */
function lengthNorms(lengths: Float64Array, average: number, k1: number, b: number): Float64Array {
  return lengths.map((length) => k1 * (1 - b + (b * length) / average));
}

export function createRanker(index: FieldIndex, options: RankOptions): Ranker {
  const { k1, b } = options;
  const entryCount = index.entries.length;
  const questionNorm = lengthNorms(index.questionLength, index.averageQuestionLength, k1, b);
  const fieldNorm = {
    title: lengthNorms(index.fieldLength.title, index.averageFieldLength.title, k1, b),
    tag: lengthNorms(index.fieldLength.tag, index.averageFieldLength.tag, k1, b),
    body: lengthNorms(index.fieldLength.body, index.averageFieldLength.body, k1, b),
  };
  // Scratch arrays reused by every query: no allocation per posting.
  const questionScores = new Float64Array(index.questionEntry.length);
  const fieldScores = new Float64Array(entryCount);
  const bestScore = new Float64Array(entryCount);
  const bestQuestion = new Int32Array(entryCount).fill(-1);
  const otherScores = new Float64Array(entryCount);
  const touchedQuestion = new Uint8Array(index.questionEntry.length);
  const touchedEntry = new Uint8Array(entryCount);
  const questionWeight = options.fieldWeights.question;
  const commonBodyLimit = Math.max(20, entryCount * options.commonBodyShare);
  const termBest = new Float64Array(entryCount);
  const termMark = new Uint8Array(entryCount);

  return {
    rank(terms) {
      const questions: number[] = [];
      const entries: number[] = [];

      for (const query of terms) {
        if (!query.known) continue;
        const postings = index.postings.get(query.term);
        if (postings === undefined) continue;
        const { docs, tfs } = postings.question;
        for (let i = 0; i < docs.length; i++) {
          const question = docs[i] as number;
          const tf = tfs[i] as number;
          questionScores[question] =
            (questionScores[question] as number) +
            query.weight * ((tf * (k1 + 1)) / (tf + (questionNorm[question] as number)));
          if (touchedQuestion[question] === 0) {
            touchedQuestion[question] = 1;
            questions.push(question);
          }
        }
        // Title, tags and body: a term counts once per entry, in its best field, and only
        // partly when a question already holds it (dismax), so one word repeated across
        // fields cannot outweigh several different words of the message.
        const termEntries: number[] = [];
        for (let i = 0; i < docs.length; i++) {
          const entry = index.questionEntry[docs[i] as number] as number;
          if (termMark[entry] === 0) termEntries.push(entry);
          termMark[entry] = (termMark[entry] as number) | 1;
        }
        for (const field of ENTRY_FIELDS) {
          const weight = options.fieldWeights[field] * query.weight;
          if (weight === 0) continue;
          const norms = fieldNorm[field];
          const fieldPostings = postings[field];
          // A word in most bodies tells entries apart by almost nothing: skip its long list.
          if (field === 'body' && fieldPostings.docs.length > commonBodyLimit) continue;
          for (let i = 0; i < fieldPostings.docs.length; i++) {
            const entry = fieldPostings.docs[i] as number;
            const tf = fieldPostings.tfs[i] as number;
            const contribution = weight * ((tf * (k1 + 1)) / (tf + (norms[entry] as number)));
            if (termMark[entry] === 0) termEntries.push(entry);
            termMark[entry] = (termMark[entry] as number) | 2;
            if (contribution > (termBest[entry] as number)) termBest[entry] = contribution;
          }
        }
        for (const entry of termEntries) {
          const mark = termMark[entry] as number;
          fieldScores[entry] =
            (fieldScores[entry] as number) +
            (termBest[entry] as number) * ((mark & 1) === 1 ? options.fieldTie : 1);
          termBest[entry] = 0;
          termMark[entry] = 0;
          if (touchedEntry[entry] === 0 && (mark & 2) === 2) {
            touchedEntry[entry] = 1;
            entries.push(entry);
          }
        }
      }

      // Best question per entry, and the sum of the others.
      for (const question of questions) {
        const entry = index.questionEntry[question] as number;
        const score = questionScores[question] as number;
        const best = bestScore[entry] as number;
        if (score > best) {
          otherScores[entry] = (otherScores[entry] as number) + best;
          bestScore[entry] = score;
          bestQuestion[entry] = question;
        } else otherScores[entry] = (otherScores[entry] as number) + score;
        if (touchedEntry[entry] === 0) {
          touchedEntry[entry] = 1;
          entries.push(entry);
        }
      }

      const top: Scored[] = [];
      for (const entry of entries) {
        const count = index.questionCount[entry] as number;
        const questionPart =
          (bestScore[entry] as number) +
          (options.otherQuestionsWeight * (otherScores[entry] as number)) / Math.max(count - 1, 1);
        const score = questionWeight * questionPart + (fieldScores[entry] as number);
        if (top.length < options.limit || score > (top[top.length - 1] as Scored).score) {
          insertTop(
            top,
            {
              entry,
              score,
              bestQuestionScore: bestScore[entry] as number,
              bestQuestion: bestQuestion[entry] as number,
            },
            options.limit,
          );
        }
      }

      for (const question of questions) {
        questionScores[question] = 0;
        touchedQuestion[question] = 0;
      }
      for (const entry of entries) {
        fieldScores[entry] = 0;
        bestScore[entry] = 0;
        bestQuestion[entry] = -1;
        otherScores[entry] = 0;
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
    if (above.score > candidate.score || (above.score === candidate.score && above.entry < candidate.entry))
      break;
    position--;
  }
  top.splice(position, 0, candidate);
  if (top.length > limit) top.pop();
}
