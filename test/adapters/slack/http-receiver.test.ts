// The HTTP Events API at /slack/events: Slack's signature on the raw body, acknowledgement before
// answering, and Slack's housekeeping requests.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerService } from '../../../src/core/answer-service.js';
import type { Knowledge } from '../../../src/core/types.js';
import { directMessage, eventCallback, mention } from '../../fakes/slack/payloads.js';
import { nowSeconds, signedHeaders, slackSignature } from '../../fakes/slack/sign-request.js';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { loadFixtureKnowledge, QUESTIONS, testAnswers } from './test-knowledge.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadFixtureKnowledge();
});

describe('Slack HTTP receiver', () => {
  let harness: Harness;
  let asked = 0;
  const counting = (): AnswerService => {
    const real = testAnswers(knowledge);
    return {
      ...real,
      answer: (question) => {
        asked += 1;
        return real.answer(question);
      },
    };
  };
  afterEach(async () => {
    await harness?.close();
    asked = 0;
  });

  it('refuses a bad signature with 401 and never answers', async () => {
    harness = await startHarness('http', { answers: counting() });
    const raw = JSON.stringify(eventCallback(mention(QUESTIONS.flu)));
    const forged = signedHeaders('not-the-signing-secret', raw, 'application/json');
    expect((await harness.post(raw, forged)).status).toBe(401);
    const unsigned = { 'content-type': 'application/json' };
    expect((await harness.post(raw, unsigned)).status).toBe(401);
    // Signed, then altered on the way.
    const signed = signedHeaders(SIGNING_SECRET, raw, 'application/json');
    expect((await harness.post(raw.replace('symptoms', 'symptomz'), signed)).status).toBe(401);
    await harness.adapter.idle();
    expect(asked).toBe(0);
    expect(harness.fake.replies()).toEqual([]);
    expect(harness.logs.filter((l) => l.fields.event === 'slack-signature-rejected')).toHaveLength(3);
  });

  it('refuses a stale (or far-future) timestamp with 401 and never answers', async () => {
    harness = await startHarness('http', { answers: counting() });
    const raw = JSON.stringify(eventCallback(mention(QUESTIONS.flu)));
    for (const timestamp of [nowSeconds() - 10 * 60, nowSeconds() + 10 * 60]) {
      const headers = {
        'content-type': 'application/json',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': slackSignature(SIGNING_SECRET, timestamp, raw),
      };
      expect((await harness.post(raw, headers)).status).toBe(401);
    }
    await harness.adapter.idle();
    expect(asked).toBe(0);
    expect(harness.fake.replies()).toEqual([]);
  });

  it('acknowledges an event before the answer is ready, then replies', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const real = testAnswers(knowledge);
    const slow: AnswerService = {
      ...real,
      answer: async (question) => {
        await gate;
        return real.answer(question);
      },
    };
    harness = await startHarness('http', { answers: slow });
    const delivery = await harness.event(eventCallback(directMessage(QUESTIONS.flu)));
    expect(delivery.status).toBe(200);
    expect(harness.fake.replies()).toEqual([]);
    release();
    await harness.adapter.idle();
    expect(harness.fake.replies()).toHaveLength(1);
  });

  it("answers Slack's url_verification challenge only when signed", async () => {
    harness = await startHarness('http', { answers: counting() });
    const raw = JSON.stringify({ type: 'url_verification', token: 'x', challenge: 'challenge-123' });
    const ok = await harness.post(raw, signedHeaders(SIGNING_SECRET, raw, 'application/json'));
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ challenge: 'challenge-123' });
    const forged = await harness.post(raw, signedHeaders('wrong', raw, 'application/json'));
    expect(forged.status).toBe(401);
    expect(forged.body).not.toContain('challenge-123');
  });

  it('answers the unsigned ssl_check with 200 and nothing else', async () => {
    harness = await startHarness('http', { answers: counting() });
    const raw = 'ssl_check=1&token=x';
    const result = await harness.post(raw, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(result.status).toBe(200);
    expect(result.body).toBe('');
  });
});
