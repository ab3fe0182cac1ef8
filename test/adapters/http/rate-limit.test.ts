// The per-client rate limit refuses ordinary questions over the limit, and never an emergency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askJson, buildTestApp, type TestApp } from './http-test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ settings: { rateLimitMax: 2, rateLimitWindowSeconds: 60 } });
});
afterAll(async () => {
  await t.app.close();
});

describe('rate limit', () => {
  it('refuses the third question in the window with 429, saying when to retry', async () => {
    expect((await askJson(t.app, 'what helps a sore throat')).statusCode).toBe(200);
    expect((await askJson(t.app, 'what helps a sore throat')).statusCode).toBe(200);
    const refused = await askJson(t.app, 'what helps a sore throat');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().error.code).toBe('rate-limited');
    expect(refused.json().error.message).toMatch(
      /^Too many questions from this address: at most 2 every 60 seconds\. Wait \d+ seconds and ask again\. If this is an emergency, call 911 now\.$/,
    );
    // The operator finds the settings to change in the log line; the person never sees them.
    const line = t.logger.lines.find((l) => l.fields.errorCode === 'rate-limited');
    expect(line?.message).toBe('client over RATE_LIMIT_MAX (2) per RATE_LIMIT_WINDOW_SECONDS (60)');
  });

  it('checks an over-limit question for red flags once, not again when refusing it', async () => {
    const own = await buildTestApp({ settings: { rateLimitMax: 1, rateLimitWindowSeconds: 60 } });
    const triage = own.knowledge.current().triage;
    const classify = triage.classify;
    const checked: string[] = [];
    triage.classify = (text) => {
      checked.push(text);
      return classify(text);
    };
    expect((await askJson(own.app, 'what helps a sore throat')).statusCode).toBe(200);
    checked.length = 0;
    expect((await askJson(own.app, 'is flu catching')).statusCode).toBe(429);
    expect(checked).toEqual(['is flu catching']);
    await own.app.close();
  });

  it('still answers an emergency from a client over the limit', async () => {
    const response = await askJson(t.app, 'my husband has crushing chest pain');
    expect(response.statusCode).toBe(200);
    expect(response.json().escalation).toMatchObject({ level: 'emergency' });
  });

  it('still answers a crisis from a client over the limit', async () => {
    const response = await askJson(t.app, 'I want to end my life');
    expect(response.statusCode).toBe(200);
    expect(response.json().escalation).toMatchObject({ level: 'crisis' });
    expect(response.json().escalation.contacts[0]).toEqual({
      label: 'Crisis line (call or text)',
      number: '988',
    });
  });

  it('limits the entry route too, and counts refusals and red flags let through', async () => {
    const refused = await t.app.inject('/v1/entries/flu-vaccine');
    expect(refused.statusCode).toBe(429);
    const metrics = (await t.app.inject('/metrics')).body;
    expect(metrics).toMatch(/vetted_rate_limited_total\{route="\/v1\/ask"\} 1/);
    expect(metrics).toMatch(/vetted_red_flags_past_rate_limit_total\{level="emergency"\} 1/);
    expect(metrics).toMatch(/vetted_red_flags_past_rate_limit_total\{level="crisis"\} 1/);
  });

  it('never limits health checks, metrics or the page', async () => {
    for (const url of ['/healthz', '/readyz', '/metrics', '/', '/v1/knowledge/status']) {
      expect((await t.app.inject(url)).statusCode, url).toBe(200);
    }
  });

  it('keeps a separate budget per client address', async () => {
    const other = await t.app.inject({
      method: 'POST',
      url: '/v1/ask',
      payload: { question: 'what helps a sore throat' },
      remoteAddress: '10.0.0.7',
    });
    expect(other.statusCode).toBe(200);
  });
});

describe('rate limit and refused questions', () => {
  it('counts a too-long question against the limit, and still escalates one over it', async () => {
    const app = (await buildTestApp({ settings: { rateLimitMax: 1, rateLimitWindowSeconds: 60 } })).app;
    const story = 'He fell off his bike and scraped his knee. '.repeat(60);
    try {
      expect((await askJson(app, story)).statusCode).toBe(400);
      // Triaging a long text costs time: refused questions use up the budget like answered ones.
      expect((await askJson(app, story)).statusCode).toBe(429);
      // Over the limit and too long, an emergency still gets its escalation.
      const red = await askJson(app, `${story} Now crushing chest pain.`);
      expect(red.statusCode).toBe(400);
      expect(red.json().escalation).toMatchObject({ level: 'emergency' });
    } finally {
      await app.close();
    }
  });
});
