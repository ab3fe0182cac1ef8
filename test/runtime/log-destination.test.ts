// The log destination: lines of one event-loop turn are handed over together at the end of that
// turn, a lone line is never held back waiting for more, and nothing held is lost at exit.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogDestination } from '../../src/runtime/log-destination.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function logFile() {
  const dir = mkdtempSync(join(tmpdir(), 'vetted-log-'));
  const path = join(dir, 'out.log');
  const fd = openSync(path, 'w');
  cleanups.push(() => {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  });
  let exitListener: (() => void) | undefined;
  const destination = createLogDestination({
    fd,
    onExit: (listener) => {
      exitListener = listener;
    },
  });
  return { destination, read: () => readFileSync(path, 'utf8'), exit: () => exitListener?.() };
}

/** Waits (on timers, measuring nothing) for the asynchronous write to land. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('createLogDestination', () => {
  it('writes a single line once the turn that logged it ends, without waiting for more', async () => {
    const log = logFile();
    log.destination.write('{"event":"one"}\n');
    await until(() => log.read() !== '');
    expect(log.read()).toBe('{"event":"one"}\n');
  });

  it('keeps the order of the lines of one turn and of the next', async () => {
    const log = logFile();
    for (let i = 0; i < 5; i++) log.destination.write(`{"n":${i}}\n`);
    await new Promise((resolve) => setImmediate(resolve));
    log.destination.write('{"n":5}\n');
    await until(() => log.read().split('\n').length === 7);
    expect(log.read()).toBe(`${[0, 1, 2, 3, 4, 5].map((n) => `{"n":${n}}`).join('\n')}\n`);
  });

  it('writes what it holds synchronously when the process exits', () => {
    const log = logFile();
    log.destination.write('{"event":"answer"}\n');
    log.destination.write('{"event":"stopped"}\n');
    log.exit();
    expect(log.read()).toBe('{"event":"answer"}\n{"event":"stopped"}\n');
  });

  it('loses no line of a process that exits or crashes right after logging', () => {
    const logger = fileURLToPath(new URL('../../src/runtime/logger.ts', import.meta.url));
    const run = (ending: string) =>
      spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          '--input-type=module',
          '-e',
          `import { createLogger } from ${JSON.stringify(logger)};
           const log = createLogger({ level: 'info' });
           log.info({ event: 'answer' });
           setImmediate(() => { log.info({ event: 'last' }); ${ending} });`,
        ],
        { encoding: 'utf8' },
      );
    const events = (stdout: string) =>
      stdout
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { event: string }).event)
        .sort();
    const exited = run('process.exit(0);');
    expect(exited.status).toBe(0);
    expect(events(exited.stdout)).toEqual(['answer', 'last']);
    const crashed = run("throw new Error('crash');");
    expect(crashed.status).toBe(1);
    expect(events(crashed.stdout)).toEqual(['answer', 'last']);
  });
});
