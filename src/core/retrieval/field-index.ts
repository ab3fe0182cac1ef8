// The inverted index: for every term, which questions and which entries' title, tags and body
// hold it, and how often. Questions are indexed one by one because a message usually
// paraphrases one of them; title, tags and body are indexed per entry.
import type { Entry } from '../types.js';
import type { Analyser, Term } from './analyse.js';

export type Field = 'question' | 'title' | 'tag' | 'body';
export const ENTRY_FIELDS = ['title', 'tag', 'body'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

/** Postings as flat arrays: docs[i] holds the term tfs[i] times. */
export interface Postings {
  docs: number[];
  tfs: number[];
}

export interface FieldIndex {
  entries: readonly Entry[];
  /** Question number -> entry number. */
  questionEntry: Int32Array;
  /** Question number -> its number of terms. */
  questionLength: Float64Array;
  averageQuestionLength: number;
  /** Entry number -> terms of each question (deduplicated), for coverage. */
  questionTerms: string[][];
  /** Entry number -> first question number; questions of an entry are contiguous. */
  firstQuestion: Int32Array;
  questionCount: Int32Array;
  fieldLength: Record<EntryField, Float64Array>;
  averageFieldLength: Record<EntryField, number>;
  postings: Map<string, { question: Postings; title: Postings; tag: Postings; body: Postings }>;
  /** Number of entries holding a term in any field. */
  documentFrequency: Map<string, number>;
}

export function buildFieldIndex(entries: readonly Entry[], analyser: Analyser): FieldIndex {
  const totalQuestions = entries.reduce((sum, entry) => sum + entry.questions.length, 0);
  const questionEntry = new Int32Array(totalQuestions);
  const questionLength = new Float64Array(totalQuestions);
  const firstQuestion = new Int32Array(entries.length);
  const questionCount = new Int32Array(entries.length);
  const fieldLength = {
    title: new Float64Array(entries.length),
    tag: new Float64Array(entries.length),
    body: new Float64Array(entries.length),
  };
  const postings: FieldIndex['postings'] = new Map();
  const documentFrequency = new Map<string, number>();
  const questionTerms: string[][] = [];

  function add(term: string, field: Field, doc: number, tf: number): void {
    let byField = postings.get(term);
    if (byField === undefined) {
      byField = {
        question: { docs: [], tfs: [] },
        title: { docs: [], tfs: [] },
        tag: { docs: [], tfs: [] },
        body: { docs: [], tfs: [] },
      };
      postings.set(term, byField);
    }
    byField[field].docs.push(doc);
    byField[field].tfs.push(tf);
  }

  const entryTerms = new Set<string>();
  let question = 0;
  entries.forEach((entry, entryNumber) => {
    entryTerms.clear();
    firstQuestion[entryNumber] = question;
    questionCount[entryNumber] = entry.questions.length;
    for (const text of entry.questions) {
      const terms = analyser.analyse(text);
      questionEntry[question] = entryNumber;
      questionLength[question] = terms.length;
      const counts = countTerms(terms);
      for (const [term, tf] of counts) add(term, 'question', question, tf);
      questionTerms.push([...counts.keys()]);
      for (const term of counts.keys()) entryTerms.add(term);
      question++;
    }
    const fieldTexts: Record<EntryField, string> = {
      title: entry.title,
      tag: entry.tags.join(' , '),
      body: entry.body,
    };
    for (const field of ENTRY_FIELDS) {
      const terms = analyser.analyse(fieldTexts[field]);
      fieldLength[field][entryNumber] = terms.length;
      for (const [term, tf] of countTerms(terms)) {
        add(term, field, entryNumber, tf);
        entryTerms.add(term);
      }
    }
    for (const term of entryTerms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  });

  return {
    entries,
    questionEntry,
    questionLength,
    averageQuestionLength: average(questionLength),
    questionTerms,
    firstQuestion,
    questionCount,
    fieldLength,
    averageFieldLength: {
      title: average(fieldLength.title),
      tag: average(fieldLength.tag),
      body: average(fieldLength.body),
    },
    postings,
    documentFrequency,
  };
}

function countTerms(terms: readonly Term[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { term } of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

function average(values: Float64Array): number {
  if (values.length === 0) return 1;
  let sum = 0;
  for (const value of values) sum += value;
  return Math.max(sum / values.length, 1);
}

/** The fields of entry `entry` that hold `term` (postings are sorted, so binary search). */
export function fieldsOf(index: FieldIndex, term: string, entry: number): Field[] {
  const postings = index.postings.get(term);
  if (postings === undefined) return [];
  const found: Field[] = [];
  const first = index.firstQuestion[entry] as number;
  const questionAt = lowerBound(postings.question.docs, first);
  if (questionAt < postings.question.docs.length) {
    if ((postings.question.docs[questionAt] as number) < first + (index.questionCount[entry] as number)) {
      found.push('question');
    }
  }
  for (const field of ENTRY_FIELDS) {
    const docs = postings[field].docs;
    if (docs[lowerBound(docs, entry)] === entry) found.push(field);
  }
  return found;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
