// Graceful shutdown on SIGTERM/SIGINT: one stop, bounded in time. A second signal, or a stop
// that takes too long, ends the process at once so an orchestrator is never left waiting.
export type ShutdownSignal = 'SIGTERM' | 'SIGINT';

export interface SignalSource {
  once(signal: ShutdownSignal, listener: () => void): unknown;
  exit(code: number): never;
}

export interface ShutdownOptions {
  /** Stops the server; resolves when in-flight work is done. */
  stop: (signal: ShutdownSignal) => Promise<void>;
  timeoutMs?: number;
  onTimeout?: () => void;
  proc?: SignalSource;
}

/** Resolves with the signal once `stop` has finished. */
export function untilShutdown(options: ShutdownOptions): Promise<ShutdownSignal> {
  const proc: SignalSource = options.proc ?? (process as unknown as SignalSource);
  const timeoutMs = options.timeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    let stopping = false;
    const onSignal = (signal: ShutdownSignal) => {
      if (stopping) proc.exit(1); // a second Ctrl-C: the person wants out now
      stopping = true;
      // Re-arm for the second signal (the first listener was `once`).
      for (const s of ['SIGTERM', 'SIGINT'] as const) proc.once(s, () => onSignal(s));
      const timer = setTimeout(() => {
        options.onTimeout?.();
        proc.exit(1);
      }, timeoutMs);
      timer.unref();
      options.stop(signal).then(
        () => {
          clearTimeout(timer);
          resolve(signal);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    };
    proc.once('SIGTERM', () => onSignal('SIGTERM'));
    proc.once('SIGINT', () => onSignal('SIGINT'));
  });
}
