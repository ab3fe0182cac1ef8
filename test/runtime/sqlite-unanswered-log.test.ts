// The unanswered table in the feedback SQLite file, on real temporary files: a file written by the
// schema before it (feedback only) gains the table and keeps its votes, rows are kept to the day
// with nothing longer than 500 characters, and retention deletes old rows at start.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FEEDBACK_IN_MEMORY } from '../../src/config.js';
import { createAnswerService } from '../../src/core/answer-service.js';
import type { UnansweredQuestion } from '../../src/core/unanswered.js';
import { FEEDBACK_SCHEMA_VERSION } from '../../src/runtime/feedback-db.js';
import { createMetrics } from '../../src/runtime/metrics.js';
import { openSqliteFeedbackStore } from '../../src/runtime/sqlite-feedback-store.js';
import { openSqliteUnansweredLog } from '../../src/runtime/sqlite-unanswered-log.js';
import { readUnanswered } from '../../src/runtime/unanswered-rows.js';
import { openUnanswered } from '../../src/runtime/unanswered-setup.js';
import { capturingLogger } from '../helpers/capturing-logger.js';
import { makeEntry, makeKnowledge } from '../helpers/make-knowledge.js';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vetted-unanswered-'));
  file = join(dir, 'feedback.sqlite');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const item = (
  text: string,
  day: string,
  overrides: Partial<UnansweredQuestion> = {},
): UnansweredQuestion => ({
  text,
  platform: 'http',
  outcome: 'no-answer',
  triage: null,
  candidates: ['gout', 'diet'],
  knowledgeVersion: 'abc123',
  day,
  ...overrides,
});

/** The schema as released before unanswered questions were recorded (migration 1 only). */
function writeFeedbackOnlyFile(path: string): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(`
    CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
    CREATE TABLE feedback (
      id INTEGER PRIMARY KEY,
      entry_id TEXT NOT NULL,
      helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
      platform TEXT NOT NULL,
      at TEXT NOT NULL,
      knowledge_version TEXT
    );
    CREATE INDEX feedback_by_entry ON feedback (entry_id, at);
    CREATE INDEX feedback_by_time ON feedback (at);
    INSERT INTO schema_migrations VALUES (1, '2025-01-01T00:00:00.000Z');
    INSERT INTO feedback (entry_id, helpful, platform, at) VALUES ('sore-throat', 0, 'slack', '2025-01-02T10:00:00.000Z');
  `);
  db.close();
}

describe('SQLite unanswered log', () => {
  it('upgrades a feedback-only file in place: votes kept, the table added, reports read it', async () => {
    writeFeedbackOnlyFile(file);
    // Before the server has upgraded it, a report finds nothing (and does not fail).
    expect(readUnanswered(file, { setting: '--db', fix: '' })).toEqual([]);

    const log = openSqliteUnansweredLog(file);
    await log.record(item('Is kombucha good for gout?', '2025-03-02'));
    log.close();

    const votes = openSqliteFeedbackStore(file);
    expect((await votes.list()).map((v) => v.entryId)).toEqual(['sore-throat']);
    votes.close();
    const db = new Database(file, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    db.close();
    expect(versions).toEqual([{ version: 1 }, { version: 2 }]);
    expect(FEEDBACK_SCHEMA_VERSION).toBe(2);
    expect(readUnanswered(file, { setting: '--db', fix: '' })).toEqual([
      item('Is kombucha good for gout?', '2025-03-02'),
    ]);
  });

  it('stores the day and the redacted text only, and refuses a text over 500 characters', async () => {
    const log = openSqliteUnansweredLog(file);
    await log.record(
      item('can [NAME] take ibuprofen with a cold', '2025-03-02', { platform: 'discord', triage: 'urgent' }),
    );
    await expect(log.record(item('x'.repeat(501), '2025-03-02'))).rejects.toThrow(RangeError);
    await expect(log.record(item('ok', '2025-03-02T10:00:00Z'))).rejects.toThrow(RangeError);
    log.close();

    const db = new Database(file, { readonly: true });
    const columns = db.prepare("SELECT name FROM pragma_table_info('unanswered') ORDER BY cid").all();
    const rows = db.prepare('SELECT day, platform, outcome, triage, text, candidates FROM unanswered').all();
    db.close();
    expect(columns.map((c) => (c as { name: string }).name)).toEqual([
      'id',
      'day',
      'platform',
      'outcome',
      'triage',
      'text',
      'candidates',
      'knowledge_version',
    ]);
    expect(rows).toEqual([
      {
        day: '2025-03-02',
        platform: 'discord',
        outcome: 'no-answer',
        triage: 'urgent',
        text: 'can [NAME] take ibuprofen with a cold',
        candidates: '["gout","diet"]',
      },
    ]);
  });

  it('deletes rows older than the retention at start, and keeps the rest', async () => {
    const log = openSqliteUnansweredLog(file);
    await log.record(item('ninety-one days old', '2025-03-02'));
    await log.record(item('ninety days old', '2025-03-03'));
    await log.record(item('today', '2025-06-01'));
    log.close();

    const { logger, lines } = capturingLogger();
    const recorder = openUnanswered(
      { VETTED_FEEDBACK_DB: file, VETTED_RECORD_UNANSWERED: true, VETTED_UNANSWERED_RETENTION_DAYS: 90 },
      {
        metrics: createMetrics({ defaultMetrics: false }),
        logger,
        now: () => Date.parse('2025-06-01T12:00:00Z'),
      },
    );
    await recorder.close();
    expect(readUnanswered(file, { setting: '--db', fix: '' }).map((row) => row.text)).toEqual([
      'ninety days old',
      'today',
    ]);
    expect(lines).toContainEqual({ event: 'unanswered-pruned', count: 1 });
  });

  it('with recording off, records nothing new but still lets old rows age out', async () => {
    const log = openSqliteUnansweredLog(file);
    await log.record(item('old', '2024-01-01'));
    log.close();
    const metrics = createMetrics({ defaultMetrics: false });
    const recorder = openUnanswered(
      { VETTED_FEEDBACK_DB: file, VETTED_RECORD_UNANSWERED: false, VETTED_UNANSWERED_RETENTION_DAYS: 90 },
      { metrics, logger: capturingLogger().logger, now: () => Date.parse('2025-06-01T12:00:00Z') },
    );
    const knowledge = makeKnowledge([makeEntry('gout')]);
    const service = createAnswerService({
      snapshot: () => ({
        knowledge,
        index: {
          search: () => ({ outcome: 'no-answer', ranked: [], offered: 0, confidence: 0, reason: '' }),
        },
        triage: { classify: () => null },
      }),
      logger: capturingLogger().logger,
    });
    expect(recorder.wrap(service)).toBe(service);
    await recorder.close();
    expect(readUnanswered(file, { setting: '--db', fix: '' })).toEqual([]);
  });

  it('counts what became of each no-answer in vetted_unanswered_total', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const recorder = openUnanswered(
      {
        VETTED_FEEDBACK_DB: FEEDBACK_IN_MEMORY,
        VETTED_RECORD_UNANSWERED: true,
        VETTED_UNANSWERED_RETENTION_DAYS: 90,
      },
      { metrics, logger: capturingLogger().logger },
    );
    const knowledge = makeKnowledge([makeEntry('gout')]);
    const answers = recorder.wrap(
      createAnswerService({
        snapshot: () => ({
          knowledge,
          index: {
            search: () => ({ outcome: 'no-answer', ranked: [], offered: 0, confidence: 0, reason: '' }),
          },
          triage: { classify: () => null },
        }),
        logger: capturingLogger().logger,
      }),
    );
    await answers.answer({ text: 'is kombucha good for gout', platform: 'http' });
    await answers.answer({ text: 'record 88-1234-55: is kombucha good for gout', platform: 'http' });
    await recorder.close();
    const text = await metrics.registry.metrics();
    expect(text).toContain('vetted_unanswered_total{result="recorded"} 1');
    expect(text).toContain('vetted_unanswered_total{result="withheld"} 1');
  });
});
