// Wraps the answer service so every question that got no answer, on every platform and from the
// cache too (a repeat shows demand), is offered to the unanswered log. Off the answer path: the
// answer is returned first, and redacting and storing happen on a later turn of the event loop,
// so a slow or failing store never delays or fails an answer.
import type { AnswerService } from './answer-service.js';
import type { Logger } from './logger.js';
import type { Answer, Question } from './types.js';
import { type UnansweredDecision, type UnansweredLog, unansweredItem } from './unanswered.js';

/** What became of one no-answer: stored, held back (an identifier survived redaction), or failed. */
export type UnansweredResult = 'recorded' | 'withheld' | 'failed';

export interface RecordUnansweredDeps {
  log: UnansweredLog;
  logger: Logger;
  /** Today as YYYY-MM-DD (UTC); injected for tests. */
  today?: () => string;
  /** Counts outcomes (vetted_unanswered_total). */
  onResult?: (result: UnansweredResult) => void;
}

export interface RecordingAnswerService extends AnswerService {
  /** Resolves once every record started so far has finished (tests; shutdown before closing the store). */
  settled(): Promise<void>;
}

const utcToday = () => new Date().toISOString().slice(0, 10);

export function recordUnanswered(answers: AnswerService, deps: RecordUnansweredDeps): RecordingAnswerService {
  const today = deps.today ?? utcToday;
  const pending = new Set<Promise<void>>();
  // A cached answer is one frozen object per question text, so what redaction made of that text
  // is kept beside it: a repeated no-answer (demand) is stored again without redacting again
  // (50–400 µs each). Weak: it goes when the cache lets the answer go.
  const decided = new WeakMap<Answer, UnansweredDecision>();

  function decide(question: Question, answer: Answer): UnansweredDecision {
    const day = today();
    if (!Object.isFrozen(answer)) return unansweredItem(question, answer, day);
    let decision = decided.get(answer);
    if (decision === undefined) {
      decision = unansweredItem(question, answer, day);
      decided.set(answer, decision);
    }
    return decision.record
      ? { record: true, item: { ...decision.item, platform: question.platform, day } }
      : decision;
  }

  async function store(question: Question, answer: Answer): Promise<void> {
    try {
      const decision = decide(question, answer);
      if (!decision.record) {
        if (decision.reason === 'identifier') deps.onResult?.('withheld');
        return;
      }
      await deps.log.record(decision.item);
      deps.onResult?.('recorded');
    } catch (error) {
      // The code only: a driver's message could quote what it was given.
      deps.logger.warn({ event: 'unanswered-record-failed', errorCode: codeOf(error) });
      deps.onResult?.('failed');
    }
  }

  function later(question: Question, answer: Answer): void {
    // Most answers are not no-answers: they cost one comparison here.
    if (answer.outcome !== 'no-answer') return;
    const copy: Question = { text: question.text, platform: question.platform };
    const job: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => store(copy, answer))
      .finally(() => pending.delete(job));
    pending.add(job);
  }

  return {
    async answer(question) {
      const answer = await answers.answer(question);
      later(question, answer);
      return answer;
    },
    // A chosen entry is not a question anyone typed.
    answerEntry: (entryId, question) => answers.answerEntry(entryId, question),
    explain: (text) => answers.explain(text),
    async settled() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.name : 'unknown';
}
