// The inverted index: for every term, which questions and which entries' title, tags and body
// hold it, and how often. Questions are indexed one by one because a message usually
// paraphrases one of them; title, tags and body are indexed per entry.
import type { Entry } from '../types.js';
import type { Analyser } from './analyse.js';

export type Field = 'question' | 'title' | 'tag' | 'body';
export const ENTRY_FIELDS = ['title', 'tag', 'body'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

/** Postings as flat arrays: docs[i] holds the term tfs[i] times; docs ascend. */
export interface Postings {
  docs: Int32Array;
  tfs: Uint16Array;
}

const EMPTY: Postings = { docs: new Int32Array(0), tfs: new Uint16Array(0) };

/**
 * Postings of one field while indexing: (term id, doc, tf) triples in flat typed arrays, in the
 * order documents are added. A million postings in a few buffers instead of one growing JS array
 * per term keeps the build's peak memory (which the process keeps as resident memory) low.
 */
class PostingsBuilder {
  private termIds = new Int32Array(1024);
  private docs = new Int32Array(1024);
  private tfs = new Uint16Array(1024);
  private size = 0;

  add(termId: number, doc: number, tf: number): void {
    if (this.size === this.docs.length) {
      const grow = <T extends Int32Array | Uint16Array>(old: T, make: (n: number) => T): T => {
        const bigger = make(old.length * 2);
        bigger.set(old);
        return bigger;
      };
      this.termIds = grow(this.termIds, (n) => new Int32Array(n));
      this.docs = grow(this.docs, (n) => new Int32Array(n));
      this.tfs = grow(this.tfs, (n) => new Uint16Array(n));
    }
    this.termIds[this.size] = termId;
    this.docs[this.size] = doc;
    this.tfs[this.size] = Math.min(tf, 65_535);
    this.size++;
  }

  /** Postings per term id: views into one buffer, grouped by term (a stable counting sort keeps docs ascending). */
  finish(termCount: number): Postings[] {
    const starts = new Int32Array(termCount + 1);
    for (let i = 0; i < this.size; i++) {
      const slot = (this.termIds[i] as number) + 1;
      starts[slot] = (starts[slot] as number) + 1;
    }
    for (let id = 0; id < termCount; id++)
      starts[id + 1] = (starts[id + 1] as number) + (starts[id] as number);
    const docs = new Int32Array(this.size);
    const tfs = new Uint16Array(this.size);
    const next = starts.slice(0, termCount);
    for (let i = 0; i < this.size; i++) {
      const id = this.termIds[i] as number;
      const at = next[id] as number;
      docs[at] = this.docs[i] as number;
      tfs[at] = this.tfs[i] as number;
      next[id] = at + 1;
    }
    this.termIds = this.docs = new Int32Array(0);
    this.tfs = new Uint16Array(0);
    const byTerm: Postings[] = [];
    for (let id = 0; id < termCount; id++) {
      const start = starts[id] as number;
      const end = starts[id + 1] as number;
      byTerm.push(start === end ? EMPTY : { docs: docs.subarray(start, end), tfs: tfs.subarray(start, end) });
    }
    return byTerm;
  }
}

export type TermPostings = Record<Field, Postings>;

export interface FieldIndex {
  entries: readonly Entry[];
  /** Question number -> entry number. */
  questionEntry: Int32Array;
  /** Question number -> its number of terms. */
  questionLength: Float64Array;
  averageQuestionLength: number;
  /** Question number -> its distinct terms, for coverage. */
  questionTerms: string[][];
  /** Entry number -> first question number; questions of an entry are contiguous. */
  firstQuestion: Int32Array;
  questionCount: Int32Array;
  fieldLength: Record<EntryField, Float64Array>;
  averageFieldLength: Record<EntryField, number>;
  postings: Map<string, TermPostings>;
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
  // Terms get small integer ids while indexing: arrays indexed by id are much cheaper than
  // maps keyed by string when a 10,000-entry base holds a million words.
  const termIds = new Map<string, number>();
  const frequencyById: number[] = [];
  const lastEntryById: number[] = [];
  const countById: number[] = [];
  const questionTerms: string[][] = [];

  const postingsByField: Record<Field, PostingsBuilder> = {
    question: new PostingsBuilder(),
    title: new PostingsBuilder(),
    tag: new PostingsBuilder(),
    body: new PostingsBuilder(),
  };

  function idOf(term: string): number {
    let id = termIds.get(term);
    if (id === undefined) {
      id = frequencyById.length;
      termIds.set(term, id);
      frequencyById.push(0);
      lastEntryById.push(-1);
      countById.push(0);
    }
    return id;
  }

  /** Adds one field text of one document; returns the distinct terms it held. */
  function addText(terms: readonly string[], field: Field, doc: number, entryNumber: number): string[] {
    const fieldPostings = postingsByField[field];
    const ids: number[] = [];
    const distinct: string[] = [];
    for (const term of terms) {
      const id = idOf(term);
      const count = countById[id] as number;
      if (count === 0) {
        ids.push(id);
        distinct.push(term);
      }
      countById[id] = count + 1;
    }
    for (const id of ids) {
      fieldPostings.add(id, doc, countById[id] as number);
      countById[id] = 0;
      if (lastEntryById[id] !== entryNumber) {
        lastEntryById[id] = entryNumber;
        frequencyById[id] = (frequencyById[id] as number) + 1;
      }
    }
    return distinct;
  }

  let question = 0;
  entries.forEach((entry, entryNumber) => {
    firstQuestion[entryNumber] = question;
    questionCount[entryNumber] = entry.questions.length;
    for (const text of entry.questions) {
      const terms = analyser.terms(text);
      questionEntry[question] = entryNumber;
      questionLength[question] = terms.length;
      questionTerms.push(addText(terms, 'question', question, entryNumber));
      question++;
    }
    const fieldTexts: Record<EntryField, string> = {
      title: entry.title,
      tag: entry.tags.join(' , '),
      body: entry.body,
    };
    for (const field of ENTRY_FIELDS) {
      const terms = analyser.terms(fieldTexts[field]);
      fieldLength[field][entryNumber] = terms.length;
      addText(terms, field, entryNumber, entryNumber);
    }
  });

  const postings = new Map<string, TermPostings>();
  const documentFrequency = new Map<string, number>();
  const termCount = frequencyById.length;
  const finished = {
    question: postingsByField.question.finish(termCount),
    title: postingsByField.title.finish(termCount),
    tag: postingsByField.tag.finish(termCount),
    body: postingsByField.body.finish(termCount),
  };
  for (const [term, id] of termIds) {
    postings.set(term, {
      question: finished.question[id] as Postings,
      title: finished.title[id] as Postings,
      tag: finished.tag[id] as Postings,
      body: finished.body[id] as Postings,
    });
    documentFrequency.set(term, frequencyById[id] as number);
  }

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

function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
