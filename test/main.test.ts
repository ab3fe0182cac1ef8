// `vetted serve` as src/main.ts wires it: the answer cache is on by default for every platform,
// counted in /metrics, and VETTED_ANSWER_CACHE_SIZE=0 turns it off.
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { type RunningVetted, startVetted } from '../src/main.js';
import { createLogger } from '../src/runtime/logger.js';
import { FIXTURE_KB, freePort } from './e2e/serve-helpers.js';

let running: RunningVetted | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(env: Record<string, string>) {
  const parsed = loadConfig({
    PORT: String(await freePort()),
    VETTED_KB_DIR: FIXTURE_KB,
    VETTED_WATCH_KNOWLEDGE: 'false',
    VETTED_FEEDBACK_DB: 'memory',
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => lines.push(line) } });
  const started = await startVetted(parsed.config, { logger });
  if (!started.ok) throw new Error(JSON.stringify(started));
  running = started.running;
  const app = started.running.app;
  const ask = async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/ask',
      payload: { question: 'what helps a sore throat' },
    });
    expect(response.statusCode).toBe(200);
  };
  const cachedFlags = () =>
    lines
      .map((line) => JSON.parse(line))
      .filter((l) => l.event === 'answer')
      .map((l) => l.cached);
  const metrics = async () => (await app.inject({ method: 'GET', url: '/metrics' })).body;
  return { ask, cachedFlags, metrics };
}

describe('startVetted and the answer cache', () => {
  it('answers a repeated question from the cache by default and counts hits and misses', async () => {
    const server = await start({});
    await server.ask();
    await server.ask();
    await server.ask();
    expect(server.cachedFlags()).toEqual([false, true, true]);
    const metrics = await server.metrics();
    expect(metrics).toMatch(/^vetted_answer_cache_total\{result="hit"\} 2$/m);
    expect(metrics).toMatch(/^vetted_answer_cache_total\{result="miss"\} 1$/m);
    expect(metrics).toMatch(/^vetted_answers_total\{platform="http",outcome="answer"\} 3$/m);
  });

  it('runs every question through when VETTED_ANSWER_CACHE_SIZE is 0', async () => {
    const server = await start({ VETTED_ANSWER_CACHE_SIZE: '0' });
    await server.ask();
    await server.ask();
    expect(server.cachedFlags()).toEqual([false, false]);
    expect(await server.metrics()).not.toMatch(/^vetted_answer_cache_total\{/m);
  });
});
