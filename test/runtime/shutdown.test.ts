// Graceful shutdown: one stop per signal, a second signal or a stuck stop ends the process.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { type SignalSource, untilShutdown } from '../../src/runtime/shutdown.js';

function fakeProcess() {
  const events = new EventEmitter();
  const exits: number[] = [];
  const proc: SignalSource & { emit: (s: string) => void } = {
    once: (signal, listener) => events.once(signal, listener),
    exit: ((code: number) => {
      exits.push(code);
    }) as SignalSource['exit'],
    emit: (signal) => events.emit(signal),
  };
  return { proc, exits };
}

describe('untilShutdown', () => {
  it('stops once on SIGTERM and resolves with the signal', async () => {
    const { proc, exits } = fakeProcess();
    let stops = 0;
    const done = untilShutdown({
      proc,
      stop: async () => {
        stops++;
      },
    });
    proc.emit('SIGTERM');
    expect(await done).toBe('SIGTERM');
    expect(stops).toBe(1);
    expect(exits).toEqual([]);
  });

  it('exits with 1 on a second signal while stopping', async () => {
    const { proc, exits } = fakeProcess();
    untilShutdown({ proc, stop: () => new Promise(() => {}) });
    proc.emit('SIGINT');
    proc.emit('SIGINT');
    expect(exits[0]).toBe(1);
  });

  it('exits with 1 when stopping takes longer than the timeout', async () => {
    const { proc, exits } = fakeProcess();
    let warned = false;
    untilShutdown({
      proc,
      timeoutMs: 20,
      onTimeout: () => {
        warned = true;
      },
      stop: () => new Promise(() => {}),
    });
    proc.emit('SIGTERM');
    await new Promise((r) => setTimeout(r, 60));
    expect(warned).toBe(true);
    expect(exits).toEqual([1]);
  });
});
