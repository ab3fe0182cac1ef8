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
  /** Entry number -> term -> the fields where it occurs (for explain and coverage). */
  entryTermFields: Map<string, Field[]>[];
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
  const entryTermFields: Map<string, Field[]>[] = [];
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

  let question = 0;
  entries.forEach((entry, entryNumber) => {
    const termFields = new Map<string, Field[]>();
    const note = (terms: Term[], field: Field) => {
      for (const { term } of terms) {
        const fields = termFields.get(term);
        if (fields === undefined) termFields.set(term, [field]);
        else if (!fields.includes(field)) fields.push(field);
      }
    };
    firstQuestion[entryNumber] = question;
    questionCount[entryNumber] = entry.questions.length;
    for (const text of entry.questions) {
      const terms = analyser.analyse(text);
      questionEntry[question] = entryNumber;
      questionLength[question] = terms.length;
      const counts = countTerms(terms);
      for (const [term, tf] of counts) add(term, 'question', question, tf);
      questionTerms.push([...counts.keys()]);
      note(terms, 'question');
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
      for (const [term, tf] of countTerms(terms)) add(term, field, entryNumber, tf);
      note(terms, field);
    }
    for (const term of termFields.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    entryTermFields.push(termFields);
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
    entryTermFields,
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
