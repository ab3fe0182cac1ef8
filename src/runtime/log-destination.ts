// Where the log lines go: stdout through pino's asynchronous sonic-boom, handed over once per turn
// of the event loop. Lines logged while the server handles a batch of requests are joined and
// handed over together at the end of that turn (setImmediate), so a line never waits for more
// traffic. Handing sonic-boom each line on its own cost about 8 µs of CPU per /v1/ask request
// under load (it measures its whole pending buffer on every write): docs/benchmarks.md, HTTP.
// Writes stay asynchronous: a slow log reader makes lines wait in memory, it never stalls requests.
import { type DestinationStream, pino } from 'pino';

export interface LogDestination extends DestinationStream {
  /** Hands the pending lines to sonic-boom now (pino's logger.flush() calls it on shutdown). */
  flush(callback?: (error?: Error) => void): void;
  /** Writes everything held, synchronously: for the process's exit, when no event loop is left. */
  flushSync(): void;
}

export interface LogDestinationOptions {
  /** File descriptor to write to; stdout by default. */
  fd?: number;
  /** Adds the listener that writes what is held when the process exits; tests pass a stand-in. */
  onExit?: (listener: () => void) => void;
}

export function createLogDestination(options: LogDestinationOptions = {}): LogDestination {
  const fd = options.fd ?? 1;
  const out = pino.destination({ dest: fd, sync: false });
  let pending = '';
  let scheduled = false;

  function handOver(): void {
    scheduled = false;
    if (pending === '') return;
    const lines = pending;
    pending = '';
    out.write(lines);
  }

  /**
   * What sonic-boom holds first (pino's own exit flush does the same), then this turn's lines
   * through a synchronous sonic-boom: handing them to the asynchronous one now would start a
   * write that the exiting process might never finish. A write already in flight is the
   * operating system's by now; after a crash it may land after these lines.
   */
  function flushSync(): void {
    const lines = pending;
    pending = '';
    // pino ends its stream when the event loop empties (beforeExit): then it holds nothing more.
    if (!(out as { destroyed?: boolean }).destroyed) out.flushSync();
    if (lines !== '') pino.destination({ dest: fd, sync: true }).write(lines);
  }

  const onExit = options.onExit ?? ((listener) => process.on('exit', listener));
  onExit(flushSync);

  return {
    write(line: string) {
      pending += line;
      if (!scheduled) {
        scheduled = true;
        setImmediate(handOver);
      }
    },
    flush(callback) {
      handOver();
      out.flush(callback);
    },
    flushSync,
  };
}
