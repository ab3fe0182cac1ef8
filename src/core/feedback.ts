// The feedback port: "Helpful / Not helpful" clicks from any platform. In memory for now;
// a database can implement the same interface later. Never holds message text.
import type { Platform } from './types.js';

export interface Feedback {
  entryId: string;
  helpful: boolean;
  platform: Platform;
  /** ISO timestamp. */
  at: string;
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
      });
      // Bounded so a long-running process cannot grow without end.
      if (items.length > limit) items.splice(0, items.length - limit);
    },
    async list() {
      return items.slice();
    },
  };
}
