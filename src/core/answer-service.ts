// The use case every adapter calls: triage -> retrieve -> compose. Triage runs first and its
// escalation survives whatever retrieval decides.
import { composeAnswer } from './compose/compose-answer.js';
import { isServable } from './compose/review-stamp.js';
import type { Logger } from './logger.js';
import { isSensitive } from './privacy/sensitivity.js';
import { buildRetrievalIndex, type RetrievalIndex } from './retrieval/retrieval-index.js';
import { buildTriageClassifier, type TriageClassifier } from './triage/classifier.js';
import type { Answer, Entry, Knowledge, Question, RetrievalResult, TriageResult } from './types.js';

/** Knowledge with its index and classifier, built together so a reload swaps all three at once. */
export interface KnowledgeSnapshot {
  knowledge: Knowledge;
  index: RetrievalIndex;
  triage: TriageClassifier;
}

export function buildSnapshot(knowledge: Knowledge): KnowledgeSnapshot {
  return {
    knowledge,
    index: buildRetrievalIndex(knowledge.entries, knowledge.synonyms),
    triage: buildTriageClassifier(knowledge.triageRules),
  };
}

export interface AnswerService {
  answer(question: Question): Promise<Answer>;
  /** Answers with one entry chosen from clarify choices or "see also"; null when the id is unknown. */
  answerEntry(entryId: string, question: Omit<Question, 'text'>): Promise<Answer | null>;
  /** Retrieval details for `--explain`; same decision as answer(). */
  explain(text: string): { retrieval: RetrievalResult; triage: TriageResult | null };
}

export interface AnswerServiceDeps {
  snapshot: () => KnowledgeSnapshot;
  logger: Logger;
  /** Serve only reviewed entries within their review date (VETTED_REQUIRE_REVIEW). */
  requireReview?: boolean;
  /** Today as YYYY-MM-DD; injected for tests. */
  today?: () => string;
  now?: () => number;
}

const NOT_REVIEWED_NOTE =
  'The closest vetted entry is not currently approved by a clinician, so I cannot give it. Please ask a doctor, nurse or pharmacist.';

/** Today as YYYY-MM-DD (UTC), worked out once a minute: a UTC day always starts on a minute. */
function utcDateEachMinute(): () => string {
  let minute = Number.NaN;
  let date = '';
  return () => {
    const at = Date.now();
    const thisMinute = Math.floor(at / 60_000);
    if (thisMinute !== minute) {
      minute = thisMinute;
      date = new Date(at).toISOString().slice(0, 10);
    }
    return date;
  };
}

export function createAnswerService(deps: AnswerServiceDeps): AnswerService {
  const requireReview = deps.requireReview ?? false;
  const today = deps.today ?? utcDateEachMinute();
  const now = deps.now ?? (() => performance.now());

  /** Which entries may be served now (the date is read once per answer, and only when it matters). */
  function servableToday(): (entry: Entry | undefined) => entry is Entry {
    if (!requireReview) return (entry): entry is Entry => entry !== undefined;
    const day = today();
    return (entry): entry is Entry => entry !== undefined && isServable(entry, requireReview, day);
  }

  function log(question: Omit<Question, 'text'>, answer: Answer, startedAt: number, knowledge: Knowledge) {
    deps.logger.info({
      event: 'answer',
      requestId: question.requestId,
      platform: question.platform,
      outcome: answer.outcome,
      entry: answer.entry,
      triage: answer.triage.level,
      triageRule: answer.triage.rule,
      sensitive: answer.sensitive,
      confidence: answer.confidence,
      ms: Math.round((now() - startedAt) * 100) / 100,
      knowledgeVersion: knowledge.version,
    });
  }

  return {
    async answer(question) {
      const startedAt = now();
      const { knowledge, index, triage } = deps.snapshot();
      const servable = servableToday();
      // Safety first: nothing below may suppress a red flag.
      const red = triage.classify(question.text);
      const retrieval = index.search(question.text);
      const ranked = retrieval.ranked
        .map((r) => knowledge.byId.get(r.entryId))
        .filter((e) => e !== undefined);
      const candidates = ranked.filter(servable);
      const sensitive = isSensitive(question.text);

      let answer: Answer;
      const best = ranked[0];
      if (retrieval.outcome === 'answer' && best && !servable(best)) {
        answer = composeAnswer({
          knowledge,
          outcome: 'no-answer',
          entry: null,
          candidates: [],
          confidence: retrieval.confidence,
          triage: red,
          sensitive,
          noAnswerNote: NOT_REVIEWED_NOTE,
        });
      } else if (retrieval.outcome === 'answer' && best) {
        answer = composeAnswer({
          knowledge,
          outcome: 'answer',
          entry: best,
          candidates: candidates.slice(0, 3),
          confidence: retrieval.confidence,
          triage: red,
          sensitive,
        });
      } else if (retrieval.outcome === 'clarify') {
        const shown = retrieval.ranked
          .slice(0, 3)
          .map((r) => knowledge.byId.get(r.entryId))
          .filter(servable);
        answer = composeAnswer({
          knowledge,
          outcome: shown.length > 0 ? 'clarify' : 'no-answer',
          entry: null,
          candidates: shown,
          confidence: retrieval.confidence,
          triage: red,
          sensitive,
          ...(shown.length === 0 ? { noAnswerNote: NOT_REVIEWED_NOTE } : {}),
        });
      } else {
        answer = composeAnswer({
          knowledge,
          outcome: 'no-answer',
          entry: null,
          candidates: candidates.slice(0, 3),
          confidence: retrieval.confidence,
          triage: red,
          sensitive,
        });
      }
      log(question, answer, startedAt, knowledge);
      return answer;
    },

    async answerEntry(entryId, question) {
      const startedAt = now();
      const { knowledge } = deps.snapshot();
      const entry = knowledge.byId.get(entryId);
      if (!entry) return null;
      const answer = servableToday()(entry)
        ? composeAnswer({
            knowledge,
            outcome: 'answer',
            entry,
            candidates: [entry],
            confidence: 1,
            triage: null,
            sensitive: false,
          })
        : composeAnswer({
            knowledge,
            outcome: 'no-answer',
            entry: null,
            candidates: [],
            confidence: 0,
            triage: null,
            sensitive: false,
            noAnswerNote: NOT_REVIEWED_NOTE,
          });
      log(question, answer, startedAt, knowledge);
      return answer;
    },

    explain(text) {
      const { index, triage } = deps.snapshot();
      return { retrieval: index.search(text), triage: triage.classify(text) };
    },
  };
}
