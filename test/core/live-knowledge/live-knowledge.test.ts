// Reloads swap the whole snapshot at once; a broken edit keeps the last good knowledge and says why.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLiveKnowledge } from '../../../src/core/live-knowledge/live-knowledge.js';
import type { LogFields, Logger } from '../../../src/core/logger.js';
import type { LoadResult } from '../../../src/core/types.js';
import { makeEntry, makeKnowledge } from '../../helpers/make-knowledge.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/http-knowledge', import.meta.url));

function recordingLogger(): Logger & { lines: LogFields[] } {
  const lines: LogFields[] = [];
  const push = (fields: LogFields) => {
    lines.push(fields);
  };
  return { lines, info: push, warn: push, error: push };
}

describe('live knowledge over a real folder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vetted-live-'));
    await cp(FIXTURE, dir, { recursive: true });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is not ready until the first load, then serves it', async () => {
    const live = createLiveKnowledge({ dir, logger: recordingLogger() });
    expect(live.ready()).toBe(false);
    expect(() => live.current()).toThrow(/not loaded yet/);
    expect(live.status()).toMatchObject({ ready: false, entries: 0, settings: null });
    expect(await live.reload()).toEqual({ ok: true, problems: [] });
    expect(live.ready()).toBe(true);
    expect(live.current().knowledge.byId.has('sore-throat')).toBe(true);
  });

  it('swaps to an edited entry, and keeps the last good knowledge when an edit breaks a file', async () => {
    const logger = recordingLogger();
    const live = createLiveKnowledge({ dir, logger });
    await live.reload();
    const file = join(dir, 'entries', 'flu-vaccine.md');
    const original = await readFile(file, 'utf8');

    await writeFile(file, original.replace('title: Flu vaccine', 'title: Flu vaccination'));
    expect((await live.reload()).ok).toBe(true);
    const good = live.current();
    expect(good.knowledge.byId.get('flu-vaccine')?.title).toBe('Flu vaccination');

    await writeFile(file, original.replace('sources:', 'sourcez:'));
    const rejected = await live.reload();
    expect(rejected.ok).toBe(false);
    expect(rejected.problems.some((p) => p.file.includes('flu-vaccine.md') && p.severity === 'error')).toBe(
      true,
    );
    // Still serving exactly the last good snapshot.
    expect(live.current()).toBe(good);
    const status = live.status();
    expect(status.servingLastGood).toBe(true);
    expect(status.lastReload?.ok).toBe(false);
    expect(status.lastReload?.problems.map((p) => p.code)).toEqual(['unknown-field']);
    expect(status.reloads).toEqual({ ok: 2, rejected: 1 });

    // The log says how many problems and which codes, never file content.
    const warning = logger.lines.find((l) => l.event === 'knowledge-reload-rejected');
    expect(warning?.count).toBe(rejected.problems.filter((p) => p.severity === 'error').length);
    expect(warning?.errorCode).toBe('unknown-field');
    expect(warning?.errorCode).toMatch(/\w/);
    expect(JSON.stringify(logger.lines)).not.toContain('sourcez');

    await writeFile(file, original);
    expect((await live.reload()).ok).toBe(true);
    expect(live.status().servingLastGood).toBe(false);
    expect(live.current().knowledge.byId.get('flu-vaccine')?.title).toBe('Flu vaccine');
  });
});

describe('live knowledge with injected loaders', () => {
  it('records a crash in the loader as a problem and keeps serving', async () => {
    let fail = false;
    const live = createLiveKnowledge({
      dir: '/kb',
      logger: recordingLogger(),
      load: async (): Promise<LoadResult> => {
        if (fail) throw new Error('disk on fire');
        return { ok: true, knowledge: makeKnowledge([makeEntry('a')]) };
      },
      build: (knowledge) => ({
        knowledge,
        index: {
          search: () => ({ outcome: 'no-answer', ranked: [], offered: 0, confidence: 0, reason: '' }),
        },
        triage: { classify: () => null },
      }),
    });
    await live.reload();
    fail = true;
    const outcome = await live.reload();
    expect(outcome.ok).toBe(false);
    expect(outcome.problems[0]).toMatchObject({ code: 'load-crashed', severity: 'error' });
    expect(outcome.problems[0]?.message).toMatch(/disk on fire/);
    expect(live.current().knowledge.byId.has('a')).toBe(true);
  });

  it('coalesces reloads that arrive while one is running into one more run', async () => {
    let loads = 0;
    const releases: (() => void)[] = [];
    const live = createLiveKnowledge({
      dir: '/kb',
      logger: recordingLogger(),
      load: () =>
        new Promise<LoadResult>((resolve) => {
          loads += 1;
          releases.push(() => resolve({ ok: true, knowledge: makeKnowledge([makeEntry(`e${loads}`)]) }));
        }),
      build: (knowledge) => ({
        knowledge,
        index: {
          search: () => ({ outcome: 'no-answer', ranked: [], offered: 0, confidence: 0, reason: '' }),
        },
        triage: { classify: () => null },
      }),
    });
    const first = live.reload();
    const second = live.reload();
    const third = live.reload();
    expect(second).toBe(third);
    releases[0]?.();
    await first;
    await new Promise((r) => setTimeout(r, 0));
    expect(loads).toBe(2);
    releases[1]?.();
    await second;
    expect(live.current().knowledge.byId.has('e2')).toBe(true);
  });
});
