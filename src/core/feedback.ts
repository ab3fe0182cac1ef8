// The feedback port: "Helpful / Not helpful" clicks from any platform. Kept in memory here, or
// in SQLite (src/runtime/sqlite-feedback-store.ts). Never holds message text or user ids.
import type { Platform } from './types.js';

export interface Feedback {
  entryId: string;
  helpful: boolean;
  platform: Platform;
  /** ISO timestamp. */
  at: string;
  /** The knowledge being served when the vote was cast (a hash of its files), if known. */
  knowledgeVersion?: string;
}

export interface FeedbackStore {
  record(feedback: Feedback): Promise<void>;
  list(): Promise<Feedback[]>;
}

export function createInMemoryFeedbackStore(limit = 10_000): FeedbackStore {
  const items: Feedback[] = [];
  return {
    async record(feedback) {
      items.push({
        entryId: feedback.entryId,
        helpful: feedback.helpful,
        platform: feedback.platform,
        at: feedback.at,
        ...(feedback.knowledgeVersion ? { knowledgeVersion: feedback.knowledgeVersion } : {}),
      });
      // Bounded so a long-running process cannot grow without end.
      if (items.length > limit) items.splice(0, items.length - limit);
    },
    async list() {
      return items.slice();
    },
  };
}

/** Stamps each vote with the knowledge being served, so a report can tell votes before an edit from after. */
export function withKnowledgeVersion(store: FeedbackStore, version: () => string | null): FeedbackStore {
  return {
    record(feedback) {
      const current = version();
      return store.record(current ? { ...feedback, knowledgeVersion: current } : feedback);
    },
    list: () => store.list(),
  };
}
