// What still works when things go wrong: rate limits, refused blocks, rendering bugs, bad settings.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../src/adapters/slack/index.js';
import { loadConfig } from '../../../src/config.js';
import type { AnswerService } from '../../../src/core/answer-service.js';
import { createInMemoryFeedbackStore } from '../../../src/core/feedback.js';
import { silentLogger } from '../../../src/core/logger.js';
import type { Answer, Knowledge } from '../../../src/core/types.js';
import { directMessage, eventCallback } from '../../fakes/slack/payloads.js';
import { type Harness, startHarness } from './harness.js';
import { blocksOf, isPost, must } from './reply-helpers.js';
import { loadFixtureKnowledge, QUESTIONS, testAnswers } from './test-knowledge.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadFixtureKnowledge();
});

describe('Slack adapter reliability', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('waits out a 429 for the Retry-After the server sent, then posts the reply', async () => {
    harness = await startHarness('http', {
      answers: testAnswers(knowledge),
      retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 0 },
    });
    harness.fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    await harness.event(eventCallback(directMessage(QUESTIONS.flu)));
    await harness.adapter.idle();
    const posts = harness.fake.replies().filter(isPost);
    expect(posts).toHaveLength(2);
    // Not before the second the server asked for (a lower bound, not a speed measurement).
    expect(must(posts[1]).at - must(posts[0]).at).toBeGreaterThanOrEqual(950);
    expect(blocksOf(must(posts[1])).find((b) => b.type === 'header')?.text.text).toBe('Flu symptoms');
    expect(harness.logs.some((l) => l.fields.event === 'slack-rate-limited')).toBe(true);
  });

  it('resends an emergency reply as plain text, escalation first, when Slack refuses the blocks', async () => {
    harness = await startHarness('socket', { answers: testAnswers(knowledge) });
    harness.fake.failNext('chat.postMessage', { error: 'invalid_blocks' });
    await harness.event(eventCallback(directMessage(QUESTIONS.emergency)));
    await harness.adapter.idle();
    const posts = harness.fake.replies().filter(isPost);
    expect(posts).toHaveLength(2);
    expect(must(posts[1]).args.blocks).toBeUndefined();
    const text = String(must(posts[1]).args.text);
    expect(
      text.startsWith(':rotating_light: *Chest pain with sweating can be a heart attack. Call 112 now.*'),
    ).toBe(true);
    expect(text).toContain('https://www.cdc.gov/flu/signs-symptoms/');
    expect(text).toContain('not medical advice');
  });

  it('sends the escalation as plain text when rendering the blocks fails', async () => {
    const real = testAnswers(knowledge);
    const broken: AnswerService = {
      ...real,
      // A malformed answer (a bug elsewhere) makes Block Kit rendering throw.
      answer: async (question) => ({ ...(await real.answer(question)), sources: null }) as unknown as Answer,
    };
    harness = await startHarness('http', { answers: broken });
    await harness.event(eventCallback(directMessage(QUESTIONS.emergency)));
    await harness.adapter.idle();
    const posts = harness.fake.replies().filter(isPost);
    expect(posts).toHaveLength(1);
    expect(must(posts[0]).args.blocks).toBeUndefined();
    expect(String(must(posts[0]).args.text)).toMatch(/^:rotating_light: \*Chest pain/);
    expect(harness.logs.some((l) => l.fields.event === 'slack-render-failed')).toBe(true);
  });

  it('names SLACK_BOT_TOKEN and where to find it when Slack refuses the bot token', async () => {
    await expect(
      startHarness('http', { answers: testAnswers(knowledge), botToken: 'xoxb-revoked' }),
    ).rejects.toThrow(/SLACK_BOT_TOKEN.*invalid_auth.*OAuth & Permissions/);
  });

  it('names SLACK_APP_TOKEN and where to find it when Slack refuses the app-level token', async () => {
    await expect(
      startHarness('socket', { answers: testAnswers(knowledge), appToken: 'xapp-revoked' }),
    ).rejects.toThrow(/SLACK_APP_TOKEN.*invalid_auth.*App-Level Tokens/);
  });

  it('is absent when Slack is not configured', () => {
    const parsed = loadConfig({});
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const adapter = createSlackAdapter({
      config: parsed.config,
      answers: testAnswers(knowledge),
      feedback: createInMemoryFeedbackStore(),
      logger: silentLogger,
    });
    expect(adapter).toBeNull();
  });
});
