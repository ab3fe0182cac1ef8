// POST /v1/ask and GET /v1/entries/:id through app.inject(): what an API client receives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askJson, buildTestApp, type TestApp } from './http-test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.app.close();
});

describe('POST /v1/ask', () => {
  it('returns the whole composed answer, field for field what the answer service gives', async () => {
    const response = await askJson(t.app, 'what helps a sore throat');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const served = response.json();
    const direct = await t.answers.answer({ text: 'what helps a sore throat', platform: 'http' });
    // The response schema must not drop or reshape anything (sources, review, escalation, audit…).
    expect(served).toEqual(direct);
    expect(served.outcome).toBe('answer');
    expect(served.entry).toBe('sore-throat');
    expect(served.sources).toEqual([
      { title: 'NHS — Sore throat', url: 'https://www.nhs.uk/conditions/sore-throat/' },
    ]);
    expect(served.review).toMatchObject({
      status: 'reviewed',
      text: 'Reviewed by Test Reviewer, MD on 2026-01-15',
    });
    expect(served.seeClinicianIf).toContain('it has not improved after a week');
    expect(served.disclaimer).toMatch(/not medical advice/);
    expect(served.related).toEqual([{ entryId: 'flu-symptoms', title: 'Flu symptoms' }]);
    expect(served.text).toContain('Sources:');
  });

  it('offers clarify choices for an ambiguous question', async () => {
    const served = (await askJson(t.app, 'flu treatment or vaccine?')).json();
    expect(served.outcome).toBe('clarify');
    expect(served.choices.length).toBeGreaterThan(1);
    for (const choice of served.choices) expect(choice.entryId).toMatch(/^flu-/);
  });

  it('puts the emergency escalation with its contacts first', async () => {
    const served = (await askJson(t.app, 'my dad has crushing chest pain and is sweating')).json();
    expect(served.triage).toEqual({ level: 'emergency', rule: 'test-chest-pain' });
    expect(served.escalation).toMatchObject({ level: 'emergency', text: 'Call 911 now.' });
    expect(served.escalation.contacts).toContainEqual({ label: 'Emergency services', number: '911' });
    expect(served.text.startsWith('⚠ Call 911 now.')).toBe(true);
  });

  it('says plainly when there is no vetted answer, still with the disclaimer', async () => {
    const served = (await askJson(t.app, 'how do I change the oil in my car')).json();
    expect(served.outcome).toBe('no-answer');
    expect(served.body).toMatch(/clinician-vetted answer/);
    expect(served.disclaimer).toMatch(/not medical advice/);
  });

  it('sends a repeated question the same bytes as the first time, and as a server without the cache', async () => {
    const uncached = await buildTestApp({ answerCache: false });
    try {
      for (const question of ['how can I soothe a sore throat', 'crushing chest pain and a sore throat']) {
        const before = t.logger.lines.length;
        const miss = await askJson(t.app, question);
        const hit = await askJson(t.app, question);
        const plain = await askJson(uncached.app, question);
        const cached = t.logger.lines
          .slice(before)
          .filter((l) => l.fields.event === 'answer')
          .map((l) => l.fields.cached);
        expect(cached).toEqual([false, true]);
        expect(hit.statusCode).toBe(200);
        expect(hit.rawPayload.equals(miss.rawPayload)).toBe(true);
        expect(hit.rawPayload.equals(plain.rawPayload)).toBe(true);
        for (const header of ['content-type', 'content-length', 'cache-control']) {
          expect(hit.headers[header]).toBe(plain.headers[header]);
        }
      }
      // The red flag is in the repeated answer too, first.
      const again = (await askJson(t.app, 'crushing chest pain and a sore throat')).json();
      expect(again.triage.level).toBe('emergency');
      expect(again.text.startsWith('⚠ Call 911 now.')).toBe(true);
    } finally {
      await uncached.app.close();
    }
  });

  it('never puts the question in a log line, not even from the URL', async () => {
    const before = t.logger.lines.length;
    await askJson(t.app, 'what helps a sore throat zebra-marker');
    // Refused (no question in the body), so this request gets an access line with its route.
    await t.app.inject({ method: 'POST', url: '/v1/ask?q=zebra-marker', payload: { q: 'sore throat' } });
    const lines = t.logger.lines.slice(before);
    const logged = JSON.stringify(lines);
    expect(logged).toContain('"event":"answer"');
    expect(lines.find((l) => l.fields.event === 'http-request')?.fields).toMatchObject({
      method: 'POST',
      route: '/v1/ask',
      statusCode: 400,
    });
    expect(logged).not.toContain('zebra-marker');
    expect(logged).not.toContain('sore throat');
  });

  it('writes one line per request: the answer line when it answered, an access line otherwise', async () => {
    const linesOf = async (send: () => Promise<unknown>) => {
      const before = t.logger.lines.length;
      await send();
      return t.logger.lines.slice(before).map((l) => l.fields);
    };
    const asked = await linesOf(() => askJson(t.app, 'how can I soothe a sore throat'));
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ event: 'answer', platform: 'http', outcome: 'answer' });
    expect(asked[0]?.requestId).toEqual(expect.any(String));

    const chosen = await linesOf(() => t.app.inject({ method: 'GET', url: '/v1/entries/sore-throat' }));
    expect(chosen.map((f) => f.event)).toEqual(['answer']);

    const health = await linesOf(() => t.app.inject({ method: 'GET', url: '/healthz' }));
    expect(health).toEqual([
      expect.objectContaining({ event: 'http-request', route: '/healthz', statusCode: 200 }),
    ]);

    const unknown = await linesOf(() => t.app.inject({ method: 'GET', url: '/v1/entries/no-such-entry' }));
    expect(unknown.map((f) => f.event)).toContain('http-request');
    expect(unknown.find((f) => f.event === 'http-request')).toMatchObject({ statusCode: 404 });
  });
});

describe('GET /v1/entries/:id (clarify choices and see-also)', () => {
  it('answers with the chosen entry', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/entries/flu-vaccine' });
    expect(response.statusCode).toBe(200);
    const served = response.json();
    expect(served).toMatchObject({ outcome: 'answer', entry: 'flu-vaccine', title: 'Flu vaccine' });
    expect(served.sources[0].url).toBe('https://www.cdc.gov/flu/vaccines/index.html');
    expect(served.review.text).toMatch(/Draft/);
  });

  it('says which id is unknown and what to use instead', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/entries/no-such-entry' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('unknown-entry');
    expect(response.json().error.message).toMatch(/no-such-entry.*choices or related/);
  });

  it('rejects an id that is not an entry id', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/entries/..%2Fsecrets' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid-entry-id');
  });
});
