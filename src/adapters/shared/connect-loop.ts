// Connecting to a chat platform that may be unreachable: the rest of vetted (the web chat, the other
// platform) must keep running. A network failure is retried in the background with capped exponential
// backoff and jitter; a refusal (the platform answered "no", e.g. a bad token) is never retried.

export interface Backoff {
  firstMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { firstMs: 1_000, maxMs: 5 * 60_000 };

/** How long start() waits for the first attempt before letting vetted go on serving. */
export const DEFAULT_START_WAIT_MS = 5_000;

/** The wait before retry `failures` (1-based): doubling up to maxMs, then a random point in its upper half. */
export function retryDelay(failures: number, backoff: Backoff, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.min(failures - 1, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export interface ConnectLoopOptions {
  /** One attempt; resolves once connected. `signal` aborts when vetted stops. */
  connect: (signal: AbortSignal) => Promise<void>;
  /** The operator's message when the platform refused (retrying cannot help), else null. */
  refusal: (error: unknown) => string | null;
  onRetry: (error: unknown, delayMs: number, failures: number) => void;
  onConnected: () => void;
  /** The first attempt is still running after startWaitMs: start() returns, the attempt goes on. */
  onStillConnecting: () => void;
  /** A refusal after start() has returned: the caller shuts vetted down with this message. */
  onFatal: (message: string) => void;
  backoff?: Backoff;
  startWaitMs?: number;
  random?: () => number;
}

export interface ConnectLoop {
  /**
   * Resolves once connected, after a failure worth retrying (retries go on in the background) or
   * after startWaitMs; rejects with the refusal message when the first attempt was refused.
   */
  start(): Promise<void>;
  /** Another round of attempts, after a connection dropped while running. */
  reconnect(): void;
  /** Stops retrying and aborts the attempt under way; resolves when it has ended. */
  stop(): Promise<void>;
  readonly signal: AbortSignal;
}

interface Pending {
  resolve: () => void;
  reject: (error: Error) => void;
}

export function createConnectLoop(options: ConnectLoopOptions): ConnectLoop {
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const controller = new AbortController();
  const { signal } = controller;
  let running: Promise<void> | null = null;
  let pendingStart: Pending | null = null;
  let wake: () => void = () => {};
  let sleepTimer: NodeJS.Timeout | undefined;

  const settleStart = (error?: Error) => {
    const pending = pendingStart;
    pendingStart = null;
    if (error) pending?.reject(error);
    else pending?.resolve();
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      sleepTimer = setTimeout(resolve, ms);
    });

  async function run(): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      try {
        await options.connect(signal);
      } catch (error) {
        if (signal.aborted) break;
        const refused = options.refusal(error);
        if (refused !== null) {
          if (pendingStart) settleStart(new Error(refused));
          else options.onFatal(refused);
          return;
        }
        failures += 1;
        const delay = retryDelay(failures, backoff, options.random);
        options.onRetry(error, delay, failures);
        settleStart();
        await sleep(delay);
        continue;
      }
      if (!signal.aborted) options.onConnected();
      break;
    }
    settleStart();
  }

  function launch(): void {
    if (running || signal.aborted) return;
    running = run().finally(() => {
      running = null;
    });
  }

  return {
    signal,
    start() {
      return new Promise<void>((resolve, reject) => {
        const waitMs = options.startWaitMs ?? DEFAULT_START_WAIT_MS;
        const timer = setTimeout(() => {
          if (!pendingStart) return;
          options.onStillConnecting();
          settleStart();
        }, waitMs);
        pendingStart = {
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        };
        launch();
      });
    },
    reconnect: launch,
    async stop() {
      controller.abort();
      clearTimeout(sleepTimer);
      wake();
      await running;
    },
  };
}
