// Per-user sliding window: at most `perMinute` questions in any 60 seconds. Callers consult it only
// for answers without a triage escalation, so it can never hold back an emergency.
export interface UserRateLimiter {
  /** Counts one question; false when the user is over the limit. */
  take(userId: string): boolean;
}

const WINDOW_MS = 60_000;

export function createUserRateLimiter(perMinute: number, now: () => number = Date.now): UserRateLimiter {
  const recent = new Map<string, number[]>();
  let lastSweep = now();

  // Forget idle users now and then so the map stays small in a big server.
  function sweep(at: number) {
    if (at - lastSweep < WINDOW_MS) return;
    lastSweep = at;
    for (const [user, times] of recent) {
      if (times.every((t) => at - t >= WINDOW_MS)) recent.delete(user);
    }
  }

  return {
    take(userId) {
      const at = now();
      sweep(at);
      const times = (recent.get(userId) ?? []).filter((t) => at - t < WINDOW_MS);
      const allowed = times.length < perMinute;
      if (allowed) times.push(at);
      recent.set(userId, times);
      return allowed;
    },
  };
}
