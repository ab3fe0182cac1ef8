// The answer cache as the answer service uses it: a repeated question gets exactly what the whole
// pipeline gave, a reload or (with reviews required) a new day never serves an old answer, and
// nothing a person typed is kept.
import { describe, expect, it } from 'vitest';
import { type AnswerCache, answerCacheKey } from '../../src/core/answer-cache.js';
import { createAnswerService, type KnowledgeSnapshot } from '../../src/core/answer-service.js';
import { createLiveKnowledge } from '../../src/core/live-knowledge/live-knowledge.js';
import type { Answer, Knowledge, TriageResult } from '../../src/core/types.js';
import { capturingLogger } from '../helpers/capturing-logger.js';
import { makeEntry, makeKnowledge } from '../helpers/make-knowledge.js';

/** A cache that remembers every key it was given, so a test can look at what it holds. */
function recordingCache(): AnswerCache & { keys: string[]; values: Map<string, Answer> } {
  const values = new Map<string, Answer>();
  const keys: string[] = [];
  return {
    keys,
    values,
    get: (key) => values.get(key),
    set: (key, answer) => {
      keys.push(key);
      values.set(key, answer);
    },
    clear: () => values.clear(),
  };
}

/** Retrieval always picks `entryId`; triage flags "chest pain". Counts how often each runs. */
function countingSnapshot(knowledge: Knowledge, entryId: string) {
  const runs = { triage: 0, search: 0 };
  const red: TriageResult = { level: 'emergency', rule: 'chest-pain', message: 'Call 911 now.' };
  const snapshot: KnowledgeSnapshot = {
    knowledge,
    index: {
      search: () => {
        runs.search += 1;
        return {
          outcome: 'answer',
          ranked: [{ entryId, score: 10, matches: [] }],
          offered: 1,
          confidence: 0.9,
          reason: 'scripted',
        };
      },
    },
    triage: {
      classify: (text) => {
        runs.triage += 1;
        return /chest pain/.test(text) ? red : null;
      },
    },
  };
  return { snapshot, runs };
}

const flu = makeEntry('flu-symptoms', { title: 'Flu symptoms' });
const knowledge = makeKnowledge([flu]);

describe('answer cache', () => {
  it('gives a repeated question the same answer the whole pipeline gave, without running it again', async () => {
    const { snapshot, runs } = countingSnapshot(knowledge, 'flu-symptoms');
    const { logger, lines } = capturingLogger();
    const uncached = await createAnswerService({ snapshot: () => snapshot, logger }).answer({
      text: 'flu signs?',
      platform: 'http',
    });
    const service = createAnswerService({ snapshot: () => snapshot, logger, cache: recordingCache() });
    const first = await service.answer({ text: 'flu signs?', platform: 'http', requestId: 'r1' });
    const second = await service.answer({ text: 'flu signs?', platform: 'slack', requestId: 'r2' });

    expect(second).toBe(first);
    expect(second).toEqual(uncached);
    expect(runs).toEqual({ triage: 2, search: 2 }); // the uncached service once, the cached one once
    const answerLines = lines.filter((l) => l.event === 'answer').slice(1);
    expect(answerLines.map((l) => [l.requestId, l.platform, l.cached])).toEqual([
      ['r1', 'http', false],
      ['r2', 'slack', true],
    ]);
    expect(answerLines[1]).toMatchObject({ outcome: 'answer', entry: 'flu-symptoms', triage: null });
  });

  it('keeps a red flag in the cached answer: a hit still shows the escalation first', async () => {
    const { snapshot, runs } = countingSnapshot(knowledge, 'flu-symptoms');
    const service = createAnswerService({
      snapshot: () => snapshot,
      logger: capturingLogger().logger,
      cache: recordingCache(),
    });
    await service.answer({ text: 'flu and chest pain', platform: 'http' });
    const hit = await service.answer({ text: 'flu and chest pain', platform: 'http' });
    expect(runs.triage).toBe(1);
    expect(hit.triage).toEqual({ level: 'emergency', rule: 'chest-pain' });
    expect(hit.text.startsWith('⚠ Call 911 now.')).toBe(true);
    // A different text is triaged on its own.
    const other = await service.answer({ text: 'flu and no pain', platform: 'http' });
    expect(runs.triage).toBe(2);
    expect(other.triage.level).toBeNull();
  });

  it('never serves an answer from knowledge that a reload replaced', async () => {
    let body = 'The old advice.';
    const live = createLiveKnowledge({
      dir: '/fixture',
      logger: capturingLogger().logger,
      load: async () => ({ ok: true, knowledge: makeKnowledge([makeEntry('flu-symptoms', { body })]) }),
      build: (loaded) => countingSnapshot(loaded, 'flu-symptoms').snapshot,
    });
    await live.reload();
    const { logger, lines } = capturingLogger();
    const service = createAnswerService({ snapshot: () => live.current(), logger, cache: recordingCache() });
    expect((await service.answer({ text: 'flu?', platform: 'http' })).body).toBe('The old advice.');
    expect((await service.answer({ text: 'flu?', platform: 'http' })).body).toBe('The old advice.');

    body = 'The new advice.';
    expect((await live.reload()).ok).toBe(true);
    const after = await service.answer({ text: 'flu?', platform: 'http' });
    expect(after.body).toBe('The new advice.');
    expect(lines.map((l) => l.cached)).toEqual([false, true, false]);
  });

  it('with reviews required, forgets its answers when the day changes (review_due may have passed)', async () => {
    const due = makeEntry('flu-symptoms', {
      status: 'reviewed',
      reviewedBy: 'Jane Roe, MD',
      reviewedOn: '2026-01-01',
      reviewDue: '2026-11-27',
    });
    const { snapshot } = countingSnapshot(makeKnowledge([due]), 'flu-symptoms');
    let day = '2026-11-27';
    const { logger, lines } = capturingLogger();
    const service = createAnswerService({
      snapshot: () => snapshot,
      logger,
      requireReview: true,
      today: () => day,
      cache: recordingCache(),
    });
    expect((await service.answer({ text: 'flu?', platform: 'http' })).outcome).toBe('answer');
    expect((await service.answer({ text: 'flu?', platform: 'http' })).outcome).toBe('answer');
    day = '2026-11-28';
    const next = await service.answer({ text: 'flu?', platform: 'http' });
    expect(next.outcome).toBe('no-answer');
    expect(next.body).toMatch(/not currently approved by a clinician/);
    expect(lines.map((l) => l.cached)).toEqual([false, true, false]);
  });

  it('keys by a hash: no key holds the question or any of its words, and the locale counts', async () => {
    const cache = recordingCache();
    const { snapshot } = countingSnapshot(knowledge, 'flu-symptoms');
    const service = createAnswerService({
      snapshot: () => snapshot,
      logger: capturingLogger().logger,
      cache,
    });
    const question = 'Zanzibar Quill has a fever';
    await service.answer({ text: question, platform: 'http' });
    await service.answer({ text: question, platform: 'http', locale: 'en' });
    expect(cache.keys).toHaveLength(2);
    expect(new Set(cache.keys).size).toBe(2);
    for (const key of cache.keys) {
      expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/); // sha256, base64url
      for (const word of ['Zanzibar', 'Quill', 'fever']) expect(key).not.toContain(word);
    }
    expect(answerCacheKey({ text: question })).toBe(cache.keys[0]);
    expect(answerCacheKey({ text: `${question} ` })).not.toBe(cache.keys[0]);
    expect(JSON.stringify([...cache.values.values()])).not.toMatch(/Zanzibar|Quill/);
  });

  it('hands out frozen answers, so no platform can change one another request will get', async () => {
    const { snapshot } = countingSnapshot(knowledge, 'flu-symptoms');
    const service = createAnswerService({
      snapshot: () => snapshot,
      logger: capturingLogger().logger,
      cache: recordingCache(),
    });
    const answer = await service.answer({ text: 'flu?', platform: 'discord' });
    expect(() => {
      (answer as { body: string }).body = 'changed';
    }).toThrow(TypeError);
    expect(() => (answer.sources as unknown[]).push({ title: 'x', url: 'y' })).toThrow(TypeError);
    expect(() => {
      (answer.audit as { entryId: string | null }).entryId = 'other';
    }).toThrow(TypeError);
    // The knowledge entry the answer came from stays as it was loaded.
    expect(Object.isFrozen(flu.sources)).toBe(false);
    expect((await service.answer({ text: 'flu?', platform: 'discord' })).body).toBe('Body of flu-symptoms.');
  });

  it('runs every question through when there is no cache', async () => {
    const { snapshot, runs } = countingSnapshot(knowledge, 'flu-symptoms');
    const { logger, lines } = capturingLogger();
    const service = createAnswerService({ snapshot: () => snapshot, logger });
    const first = await service.answer({ text: 'flu?', platform: 'http' });
    const second = await service.answer({ text: 'flu?', platform: 'http' });
    expect(second).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(false);
    expect(runs.search).toBe(2);
    expect(lines.map((l) => l.cached)).toEqual([false, false]);
  });
});
