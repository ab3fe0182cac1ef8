// Builds the unanswered-questions log for `vetted serve`: in the feedback SQLite file (or in memory
// when VETTED_FEEDBACK_DB=memory), pruned to VETTED_UNANSWERED_RETENTION_DAYS at start and daily,
// counted in vetted_unanswered_total. With VETTED_RECORD_UNANSWERED=false nothing new is recorded,
// but rows already in the file still age out.
import { Counter } from 'prom-client';
import { FEEDBACK_IN_MEMORY } from '../config.js';
import type { AnswerService } from '../core/answer-service.js';
import type { Logger } from '../core/logger.js';
import { type RecordingAnswerService, recordUnanswered } from '../core/record-unanswered.js';
import { createInMemoryUnansweredLog, type UnansweredLog } from '../core/unanswered.js';
import type { Metrics } from './metrics.js';
import { openSqliteUnansweredLog } from './sqlite-unanswered-log.js';

const DAY_MS = 86_400_000;

export interface UnansweredSettings {
  VETTED_FEEDBACK_DB: string;
  VETTED_RECORD_UNANSWERED: boolean;
  VETTED_UNANSWERED_RETENTION_DAYS: number;
}

export interface UnansweredRecorder {
  /** The answer service, recording its no-answers when recording is on (else unchanged). */
  wrap(answers: AnswerService): AnswerService;
  /** Stops the daily prune, lets records in flight finish, releases the file. Safe to call twice. */
  close(): Promise<void>;
}

interface Store extends UnansweredLog {
  prune(day: string): number;
  close?(): void;
}

/** Opens the log; throws FeedbackDbError (a setting to fix) when the file cannot be used. */
export function openUnanswered(
  settings: UnansweredSettings,
  deps: { metrics: Metrics; logger: Logger; now?: () => number },
): UnansweredRecorder {
  const now = deps.now ?? Date.now;
  const inMemory = settings.VETTED_FEEDBACK_DB === FEEDBACK_IN_MEMORY;
  if (inMemory && !settings.VETTED_RECORD_UNANSWERED)
    return { wrap: (answers) => answers, close: async () => {} };
  const store: Store = inMemory
    ? createInMemoryUnansweredLog()
    : openSqliteUnansweredLog(settings.VETTED_FEEDBACK_DB);
  const counter = new Counter({
    name: 'vetted_unanswered_total',
    help: 'Questions with no answer offered to the unanswered log, by result (recorded, withheld: an identifier survived redaction, failed: not stored)',
    labelNames: ['result'],
    registers: [deps.metrics.registry],
  });

  function prune(): void {
    const cutoff = new Date(now() - settings.VETTED_UNANSWERED_RETENTION_DAYS * DAY_MS)
      .toISOString()
      .slice(0, 10);
    try {
      const count = store.prune(cutoff);
      if (count > 0) deps.logger.info({ event: 'unanswered-pruned', count });
    } catch (error) {
      deps.logger.warn({ event: 'unanswered-prune-failed', errorCode: codeOf(error) });
    }
  }
  prune();
  const daily = setInterval(prune, DAY_MS);
  daily.unref();

  let recording: RecordingAnswerService | null = null;
  let closing: Promise<void> | null = null;
  return {
    wrap(answers) {
      if (!settings.VETTED_RECORD_UNANSWERED) return answers;
      recording = recordUnanswered(answers, {
        log: store,
        logger: deps.logger,
        today: () => new Date(now()).toISOString().slice(0, 10),
        onResult: (result) => counter.inc({ result }),
      });
      return recording;
    },
    close() {
      closing ??= (async () => {
        clearInterval(daily);
        await recording?.settled();
        store.close?.();
      })();
      return closing;
    },
  };
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.name : 'unknown';
}
