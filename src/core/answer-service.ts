// The use case every adapter calls: triage -> retrieve -> compose. Triage runs first and its
// escalation survives whatever retrieval decides.
import { type AnswerCache, answerCacheKey, frozenCopy } from './answer-cache.js';
import { composeAnswer } from './compose/compose-answer.js';
import { isServable } from './compose/review-stamp.js';
import type { Logger } from './logger.js';
import { isSensitive } from './privacy/sensitivity.js';
import { buildRetrievalIndex, type RetrievalIndex } from './retrieval/retrieval-index.js';
import { buildTriageClassifier, type TriageClassifier } from './triage/classifier.js';
import { type CrisisModel, parseCrisisModel } from './triage/crisis-model/model.js';
import { CRISIS_MODEL_WEIGHTS } from './triage/crisis-model/weights.generated.js';
import type { Answer, Entry, Knowledge, Question, RetrievalResult, TriageResult } from './types.js';

/** Knowledge with its index and classifier, built together so a reload swaps all three at once. */
export interface KnowledgeSnapshot {
  knowledge: Knowledge;
  index: RetrievalIndex;
  triage: TriageClassifier;
}

let shippedCrisisModel: CrisisModel | undefined;

/** The crisis model shipped with vetted (src/core/triage/crisis-model), parsed once per process. */
export function bundledCrisisModel(): CrisisModel {
  shippedCrisisModel ??= parseCrisisModel(CRISIS_MODEL_WEIGHTS);
  return shippedCrisisModel;
}

export interface SnapshotOptions {
  /** The statistical crisis check beside the rules; the shipped model unless null (tests of rules alone). */
  crisisModel?: CrisisModel | null;
}

export function buildSnapshot(knowledge: Knowledge, options: SnapshotOptions = {}): KnowledgeSnapshot {
  const model = options.crisisModel === undefined ? bundledCrisisModel() : options.crisisModel;
  return {
    knowledge,
    index: buildRetrievalIndex(knowledge.entries, knowledge.synonyms),
    triage: buildTriageClassifier(
      knowledge.triageRules,
      model ? { model, message: knowledge.settings.crisisText } : undefined,
    ),
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
  /** Answers to repeated questions (VETTED_ANSWER_CACHE_SIZE); none when absent. */
  cache?: AnswerCache;
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

  /** The date that decides what is servable: read once per answer, and only when it matters. */
  function reviewDay(): string {
    return requireReview ? today() : '';
  }

  /** Which entries may be served on that day. */
  function servableOn(day: string): (entry: Entry | undefined) => entry is Entry {
    if (!requireReview) return (entry): entry is Entry => entry !== undefined;
    return (entry): entry is Entry => entry !== undefined && isServable(entry, requireReview, day);
  }

  // A cached answer holds for one snapshot (a reload may change any entry, rule or setting) and,
  // when reviews are required, for one day (an entry past its review_due stops being servable).
  // Every answer() compares the snapshot it answers with, so the first request after a reload
  // empties the cache before looking anything up; answer() never awaits between reading the
  // snapshot and storing its answer, so no answer from an older snapshot can land after that.
  let scope: { snapshot: KnowledgeSnapshot; day: string } | null = null;
  function cacheFor(snapshot: KnowledgeSnapshot, day: string): AnswerCache | null {
    const cache = deps.cache;
    if (!cache) return null;
    if (scope?.snapshot !== snapshot || scope.day !== day) {
      cache.clear();
      scope = { snapshot, day };
    }
    return cache;
  }

  function log(
    question: Omit<Question, 'text'>,
    answer: Answer,
    startedAt: number,
    knowledge: Knowledge,
    cached: boolean,
  ) {
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
      cached,
    });
  }

  return {
    async answer(question) {
      const startedAt = now();
      const snapshot = deps.snapshot();
      const { knowledge, index, triage } = snapshot;
      const day = reviewDay();
      // Everything below depends only on the text (and locale), the snapshot and the day, so a hit
      // is exactly what the whole pipeline would return, red flag included: triage ran on this
      // same text against this same snapshot's rules when the answer was stored, and its
      // escalation is part of the stored answer.
      const cache = cacheFor(snapshot, day);
      const key = cache ? answerCacheKey(question) : '';
      const hit = cache?.get(key);
      if (hit) {
        log(question, hit, startedAt, knowledge, true);
        return hit;
      }
      const servable = servableOn(day);
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
          .slice(0, retrieval.offered)
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
      if (cache) {
        answer = frozenCopy(answer);
        cache.set(key, answer);
      }
      log(question, answer, startedAt, knowledge, false);
      return answer;
    },

    // Not cached: a chosen entry skips triage and retrieval already (a few µs of composing from
    // parts built once per entry), and it is only asked for after a clarify or "see also".
    async answerEntry(entryId, question) {
      const startedAt = now();
      const { knowledge } = deps.snapshot();
      const entry = knowledge.byId.get(entryId);
      if (!entry) return null;
      const answer = servableOn(reviewDay())(entry)
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
      log(question, answer, startedAt, knowledge, false);
      return answer;
    },

    explain(text) {
      const { index, triage } = deps.snapshot();
      return { retrieval: index.search(text), triage: triage.classify(text) };
    },
  };
}
