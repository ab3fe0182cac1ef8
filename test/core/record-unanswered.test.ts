// What reaches the unanswered log, through the real answer service with scripted retrieval and
// triage: only no-answers, redacted and cut, never emergency or crisis messages, repeats (cache
// hits) counted again, and a store that fails or hangs never touching the answer.
import { describe, expect, it } from 'vitest';
import { createAnswerService, type KnowledgeSnapshot } from '../../src/core/answer-service.js';
import { recordUnanswered, type UnansweredResult } from '../../src/core/record-unanswered.js';
import type { Outcome, TriageResult } from '../../src/core/types.js';
import {
  createInMemoryUnansweredLog,
  MAX_UNANSWERED_TEXT,
  type UnansweredLog,
  type UnansweredQuestion,
} from '../../src/core/unanswered.js';
import { createLruAnswerCache } from '../../src/runtime/lru-answer-cache.js';
import { capturingLogger } from '../helpers/capturing-logger.js';
import { makeEntry, makeKnowledge } from '../helpers/make-knowledge.js';

const knowledge = makeKnowledge([
  makeEntry('sore-throat'),
  makeEntry('common-cold'),
  makeEntry('flu-symptoms'),
]);

function snapshot(outcome: Outcome, triage: TriageResult | null = null): KnowledgeSnapshot {
  const ranked = ['sore-throat', 'common-cold', 'flu-symptoms'].map((entryId, i) => ({
    entryId,
    score: 3 - i,
    matches: [],
  }));
  const offered = outcome === 'answer' ? 1 : outcome === 'clarify' ? 2 : 0;
  return {
    knowledge,
    index: { search: () => ({ outcome, ranked, offered, confidence: 0.2, reason: 'scripted' }) },
    triage: { classify: () => triage },
  };
}

const red = (level: TriageResult['level']): TriageResult => ({
  level,
  rule: `${level}-rule`,
  message: 'Act now.',
});

function setUp(
  options: { outcome?: Outcome; triage?: TriageResult | null; log?: UnansweredLog; cache?: boolean } = {},
) {
  const memory = createInMemoryUnansweredLog();
  const results: UnansweredResult[] = [];
  const { logger, lines } = capturingLogger();
  const snap = snapshot(options.outcome ?? 'no-answer', options.triage ?? null);
  const service = recordUnanswered(
    createAnswerService({
      snapshot: () => snap,
      logger,
      ...(options.cache ? { cache: createLruAnswerCache({ maxEntries: 10, ttlSeconds: 60 }) } : {}),
    }),
    { log: options.log ?? memory, logger, today: () => '2025-06-02', onResult: (r) => results.push(r) },
  );
  return { service, memory, results, lines };
}

describe('recording unanswered questions', () => {
  it('records a no-answer with the text redacted: no name, phone or email reaches the store', async () => {
    const { service, memory, results } = setUp();
    const text =
      'Hi, I am Maria Lopez, call me on 555-201-7788 or maria.lopez@example.com: can I eat honey with a cold?';
    const answer = await service.answer({ text, platform: 'slack', requestId: 'r1' });
    expect(answer.outcome).toBe('no-answer');
    await service.settled();

    const [item, ...rest] = memory.list();
    expect(rest).toEqual([]);
    expect(item).toEqual({
      text: expect.stringContaining('can I eat honey with a cold?'),
      platform: 'slack',
      outcome: 'no-answer',
      triage: null,
      candidates: ['sore-throat', 'common-cold', 'flu-symptoms'],
      knowledgeVersion: 'v-test',
      day: '2025-06-02',
    } satisfies UnansweredQuestion);
    const stored = JSON.stringify(memory.list());
    for (const secret of ['Maria', 'Lopez', '555', '7788', 'example.com', 'maria.lopez']) {
      expect(stored).not.toContain(secret);
    }
    expect(item?.text).toMatch(/\[NAME\].*\[PHONE\].*\[EMAIL\]/);
    expect(results).toEqual(['recorded']);
  });

  it('masks a full name the redactor does not know (no cue, not a common first name)', async () => {
    const { service, memory } = setUp();
    await service.answer({
      text: 'Zebulon Quartermaine in accounting has a strange rash',
      platform: 'slack',
    });
    await service.settled();
    expect(memory.list().map((item) => item.text)).toEqual(['[NAME] in accounting has a strange rash']);
  });

  it('never records a message that triaged as emergency or crisis, but does record an urgent one', async () => {
    for (const level of ['emergency', 'crisis'] as const) {
      const { service, memory, results } = setUp({ triage: red(level) });
      const answer = await service.answer({ text: 'something nobody wrote an entry for', platform: 'http' });
      expect(answer.triage.level).toBe(level);
      expect(answer.outcome).toBe('no-answer');
      await service.settled();
      expect(memory.list(), level).toEqual([]);
      expect(results, level).toEqual([]);
    }
    const { service, memory } = setUp({ triage: red('urgent') });
    await service.answer({ text: 'burning when I pee and a fever, what helps', platform: 'discord' });
    await service.settled();
    expect(memory.list().map((item) => item.triage)).toEqual(['urgent']);
  });

  it('records neither answers nor choices', async () => {
    for (const outcome of ['answer', 'clarify'] as const) {
      const { service, memory } = setUp({ outcome });
      const answer = await service.answer({ text: 'sore throat', platform: 'http' });
      expect(answer.outcome).toBe(outcome);
      await service.settled();
      expect(memory.list(), outcome).toEqual([]);
    }
  });

  it('counts a repeated question again, also when the answer came from the cache', async () => {
    const { service, memory, lines } = setUp({ cache: true });
    for (let i = 0; i < 3; i++)
      await service.answer({ text: 'Is kombucha good for gout?', platform: 'http' });
    await service.settled();
    expect(lines.filter((line) => line.event === 'answer').map((line) => line.cached)).toEqual([
      false,
      true,
      true,
    ]);
    expect(memory.list().map((item) => item.text)).toEqual([
      'Is kombucha good for gout?',
      'Is kombucha good for gout?',
      'Is kombucha good for gout?',
    ]);
  });

  it('keeps the platform of each repeat when a cached answer is reused, and redacts it the same way', async () => {
    const { service, memory } = setUp({ cache: true });
    const text = 'Can Zebulon Quartermaine on 555-867-5309 use kombucha for gout?';
    for (const platform of ['http', 'slack', 'discord'] as const) await service.answer({ text, platform });
    await service.settled();
    const items = memory.list();
    expect(items.map((item) => item.platform)).toEqual(['http', 'slack', 'discord']);
    expect(new Set(items.map((item) => item.text)).size).toBe(1);
    for (const item of items) {
      expect(item.text).not.toMatch(/Zebulon|Quartermaine|867/);
      expect(item.day).toBe('2025-06-02');
    }
  });

  it('holds back a text still carrying a long number the redactor did not recognise', async () => {
    const { service, memory, results } = setUp();
    await service.answer({ text: 'patient 88-1234-55 keeps coughing, what now', platform: 'http' });
    await service.settled();
    expect(memory.list()).toEqual([]);
    expect(results).toEqual(['withheld']);
  });

  it('cuts the redacted text to 500 characters and folds line breaks', async () => {
    const { service, memory } = setUp();
    const long = `why does my knee click\n\nwhen I ${'walk up the stairs and '.repeat(40)}down again`;
    await service.answer({ text: long, platform: 'http' });
    await service.settled();
    const [item] = memory.list();
    expect(item?.text.length).toBeLessThanOrEqual(MAX_UNANSWERED_TEXT);
    expect(item?.text).toMatch(/^why does my knee click when I walk up/);
    expect(item?.text.endsWith('…')).toBe(true);
    expect(item?.text).not.toContain('\n');
  });

  it('returns the answer when the store throws, and logs the failure without any text', async () => {
    const failing: UnansweredLog = {
      record: async () => {
        throw Object.assign(new Error('disk I/O error writing "can I freeze breast milk twice"'), {
          code: 'SQLITE_IOERR',
        });
      },
    };
    const { service, results, lines } = setUp({ log: failing });
    const answer = await service.answer({ text: 'can I freeze breast milk twice', platform: 'slack' });
    expect(answer.outcome).toBe('no-answer');
    expect(answer.text).toContain(knowledge.settings.disclaimer.slice(0, 20));
    await service.settled();
    expect(results).toEqual(['failed']);
    const failure = lines.find((line) => line.event === 'unanswered-record-failed');
    expect(failure).toEqual({ event: 'unanswered-record-failed', errorCode: 'SQLITE_IOERR' });
    expect(JSON.stringify(lines)).not.toContain('breast milk');
  });

  it('answers before the store is even called, so a store that never finishes delays nothing', async () => {
    let calls = 0;
    const hanging: UnansweredLog = {
      record: () => {
        calls += 1;
        return new Promise(() => {});
      },
    };
    const { service } = setUp({ log: hanging });
    const answer = await service.answer({ text: 'what is a good sunscreen', platform: 'http' });
    expect(answer.outcome).toBe('no-answer');
    expect(calls).toBe(0);
  });
});

describe('in-memory unanswered log', () => {
  it('keeps the newest items up to its limit, and prunes by day', async () => {
    const log = createInMemoryUnansweredLog(2);
    const item = (text: string, day: string): UnansweredQuestion => ({
      text,
      platform: 'http',
      outcome: 'no-answer',
      triage: null,
      candidates: [],
      knowledgeVersion: 'v',
      day,
    });
    await log.record(item('a', '2025-01-01'));
    await log.record(item('b', '2025-02-01'));
    await log.record(item('c', '2025-03-01'));
    expect(log.list().map((i) => i.text)).toEqual(['b', 'c']);
    expect(log.prune('2025-03-01')).toBe(1);
    expect(log.list().map((i) => i.text)).toEqual(['c']);
  });
});
