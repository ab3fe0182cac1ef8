// Slack that cannot be reached (at start, or later in Socket Mode) must not take vetted down: the
// adapter keeps trying in the background, answers 503 on /slack/events meanwhile, and connects when
// Slack is back. A token Slack refuses stays fatal. The real Bolt against the fake Slack.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/types.js';
import { directMessage, eventCallback } from '../../fakes/slack/payloads.js';
import { type Harness, type Mode, startHarness } from './harness.js';
import { blocksOf, isPost, must } from './reply-helpers.js';
import { loadFixtureKnowledge, QUESTIONS, testAnswers } from './test-knowledge.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadFixtureKnowledge();
});

const QUICK_RETRIES = { firstMs: 20, maxMs: 100 };
const logged = (harness: Harness, event: string) => harness.logs.filter((l) => l.fields.event === event);

describe.each<Mode>(['http', 'socket'])('Slack unreachable over %s', (mode) => {
  let harness: Harness | undefined;
  afterEach(async () => {
    harness?.fake.setReachability('up');
    await harness?.close();
    harness = undefined;
  });

  it('starts anyway, retries in the background, and answers once Slack is back', async () => {
    harness = await startHarness(mode, {
      answers: testAnswers(knowledge),
      backoff: QUICK_RETRIES,
      beforeStart: (fake) => fake.setReachability('cut'),
    });
    const { fake, adapter } = harness;
    const [warning] = logged(harness, 'slack-unreachable');
    expect(warning?.level).toBe('warn');
    expect(warning?.message).toContain(`Could not reach Slack at ${fake.apiUrl}`);
    expect(warning?.message).toContain('SLACK_API_URL');
    expect(adapter.connected()).toBe(false);
    if (mode === 'http') {
      // Slack retries an event answered 503; nothing crashes meanwhile.
      const early = await harness.event(eventCallback(directMessage(QUESTIONS.flu)));
      expect(early.status).toBe(503);
    }
    await fake.waitForCut('auth.test', 3);
    expect(logged(harness, 'slack-started')).toEqual([]);

    fake.setReachability('up');
    await expect.poll(() => logged(harness as Harness, 'slack-started').length).toBe(1);
    expect(adapter.connected()).toBe(true);
    expect(harness.connection).toEqual([true]);
    const delivery = await harness.event(eventCallback(directMessage(QUESTIONS.flu)));
    expect(delivery.status).toBe(200);
    await adapter.idle();
    const reply = must(fake.replies().find(isPost));
    expect(blocksOf(reply).find((b) => b.type === 'header')?.text.text).toBe('Flu symptoms');
    expect(JSON.stringify(harness.logs)).not.toContain(QUESTIONS.flu);
  });

  it('ends vetted with the clear message when Slack, once reachable, refuses the bot token', async () => {
    harness = await startHarness(mode, {
      answers: testAnswers(knowledge),
      backoff: QUICK_RETRIES,
      beforeStart: (fake) => fake.setReachability('cut'),
    });
    await harness.fake.waitForCut('auth.test');
    harness.fake.failNext('auth.test', { error: 'invalid_auth' });
    harness.fake.setReachability('up');
    await expect.poll(() => harness?.fatal.length).toBe(1);
    expect(harness.fatal[0]).toMatch(/Slack rejected SLACK_BOT_TOKEN \(invalid_auth\).*OAuth & Permissions/);
    expect(logged(harness, 'slack-started')).toEqual([]);
  });

  it('stops at once while a start attempt hangs on a Slack that never answers', async () => {
    harness = await startHarness(mode, {
      answers: testAnswers(knowledge),
      startWaitMs: 50,
      beforeStart: (fake) => fake.setReachability('hang'),
    });
    // start() returned although the first attempt has not ended, and said so.
    expect(logged(harness, 'slack-connecting')[0]?.message).toContain('SLACK_API_URL');
    await harness.fake.waitForCut('auth.test');
    // The hanging request is aborted: stop does not wait for the client's 10 s timeout (the test would time out).
    await harness.adapter.stop();
    expect(harness.adapter.connected()).toBe(false);
    expect(logged(harness, 'slack-started')).toEqual([]);
  });
});

describe('Slack Socket Mode connection lost while running', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    harness?.fake.setReachability('up');
    await harness?.close();
    harness = undefined;
  });

  it('reconnects with backoff instead of crashing when Slack is unreachable for a while', async () => {
    harness = await startHarness('socket', { answers: testAnswers(knowledge), backoff: QUICK_RETRIES });
    const { fake } = harness;
    fake.setReachability('cut');
    fake.dropSockets();
    // Before: the library gave up after one failed apps.connections.open, with an unhandled rejection.
    await fake.waitForCut('apps.connections.open', 3);
    expect(logged(harness, 'slack-disconnected')).toHaveLength(1);
    expect(harness.adapter.connected()).toBe(false);

    fake.setReachability('up');
    await expect.poll(() => logged(harness as Harness, 'slack-reconnected').length).toBe(1);
    expect(harness.connection).toEqual([true, false, true]);
    await harness.event(eventCallback(directMessage(QUESTIONS.emergency)));
    await harness.adapter.idle();
    const reply = must(fake.replies().find(isPost));
    expect(String(reply.args.text)).toMatch(/Chest pain with sweating/);
  });
});
