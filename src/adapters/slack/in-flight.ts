// Work started by Slack deliveries that has not finished yet: stop() waits for it, tests await it.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

export interface InFlight {
  middleware: Middleware<AnyMiddlewareArgs>;
  /** Resolves when nothing is running (including work that starts while waiting). */
  idle(): Promise<void>;
}

export function createInFlight(): InFlight {
  const running = new Set<Promise<unknown>>();
  return {
    middleware: async ({ next }) => {
      const work = next();
      running.add(work);
      try {
        await work;
      } finally {
        running.delete(work);
      }
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
