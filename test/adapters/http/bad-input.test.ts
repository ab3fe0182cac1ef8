// Every malformed request gets a 4xx JSON error that says how to fix it, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './http-test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ settings: { bodyLimitBytes: 4096 } });
});
afterAll(async () => {
  await t.app.close();
});

function post(payload: string, contentType = 'application/json') {
  return t.app.inject({ method: 'POST', url: '/v1/ask', payload, headers: { 'content-type': contentType } });
}

describe('bad input to POST /v1/ask', () => {
  const cases: {
    name: string;
    send: () => ReturnType<typeof post>;
    status: number;
    code: string;
    says: RegExp;
  }[] = [
    {
      name: 'malformed JSON',
      send: () => post('{"question": "sore thr'),
      status: 400,
      code: 'invalid-json',
      says: /not valid JSON/,
    },
    { name: 'an empty body', send: () => post(''), status: 400, code: 'empty-body', says: /body is empty/ },
    {
      name: 'no question field',
      send: () => post('{"q": "sore throat"}'),
      status: 400,
      code: 'missing-question',
      says: /question is missing/,
    },
    {
      name: 'an empty question',
      send: () => post('{"question": ""}'),
      status: 400,
      code: 'empty-question',
      says: /question is empty/,
    },
    {
      name: 'a blank question',
      send: () => post('{"question": "   \\n  "}'),
      status: 400,
      code: 'empty-question',
      says: /question is empty/,
    },
    {
      name: 'a question that is not text',
      send: () => post('{"question": 42}'),
      status: 400,
      code: 'invalid-question',
      says: /must be text/,
    },
    {
      name: 'a JSON array',
      send: () => post('["sore throat"]'),
      status: 400,
      code: 'invalid-body',
      says: /must be a JSON object/,
    },
    {
      name: 'a question over 2,000 characters',
      send: () => post(JSON.stringify({ question: 'a'.repeat(2001) })),
      status: 400,
      code: 'question-too-long',
      says: /longer than 2000 characters/,
    },
    {
      name: 'a body over BODY_LIMIT_BYTES',
      send: () => post(JSON.stringify({ question: 'b'.repeat(5000) })),
      status: 413,
      code: 'body-too-large',
      says: /^The request is larger than 4096 bytes\. Send only the question, at most 2000 characters\./,
    },
    {
      name: 'a text/plain body',
      send: () => post('what helps a sore throat', 'text/plain'),
      status: 415,
      code: 'unsupported-content-type',
      says: /content-type: application\/json/,
    },
    {
      name: 'a form body',
      send: () => post('question=sore+throat', 'application/x-www-form-urlencoded'),
      status: 415,
      code: 'unsupported-content-type',
      says: /content-type: application\/json/,
    },
    {
      name: 'a bad locale',
      send: () => post('{"question": "sore throat", "locale": "<b>"}'),
      status: 400,
      code: 'invalid-locale',
      says: /language tag/,
    },
  ];

  for (const c of cases) {
    it(`answers ${c.name} with ${c.status} ${c.code}`, async () => {
      const response = await c.send();
      expect(response.statusCode).toBe(c.status);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const body = response.json();
      expect(body.error.code).toBe(c.code);
      expect(body.error.message).toMatch(c.says);
      // Even an error points to care.
      expect(body.error.message).toMatch(/If this is an emergency, call 911 now\./);
      // People read these on the page: no operator setting names.
      expect(body.error.message).not.toMatch(/[A-Z]{2,}_[A-Z_]+/);
    });
  }

  it('says once what to do with an empty question', async () => {
    const message: string = (await post('{"question": ""}')).json().error.message;
    expect(message).toBe(
      'The question is empty. Put the text of the question in "question" and send it again. If this is an emergency, call 911 now.',
    );
  });

  it('names the setting behind a 413 in the log line, for the operator', async () => {
    const before = t.logger.lines.length;
    await post(JSON.stringify({ question: 'b'.repeat(5000) }));
    const line = t.logger.lines.slice(before).find((l) => l.fields.event === 'http-error');
    expect(line?.fields.errorCode).toBe('body-too-large');
    expect(line?.message).toBe('request body over BODY_LIMIT_BYTES (4096)');
  });

  it('accepts a question of exactly 2,000 characters', async () => {
    const response = await post(JSON.stringify({ question: `sore throat ${'x'.repeat(1988)}` }));
    expect(response.statusCode).toBe(200);
  });

  it('does not echo or log the bad body', async () => {
    const before = t.logger.lines.length;
    const response = await post('{"question": "my secret-marker symptoms');
    expect(JSON.stringify(response.json())).not.toContain('secret-marker');
    const logged = JSON.stringify(t.logger.lines.slice(before));
    expect(logged).toContain('invalid-json');
    expect(logged).not.toContain('secret-marker');
  });

  it('answers GET /v1/ask with 405, Allow: POST and a JSON error that says how to ask', async () => {
    for (const method of ['GET', 'PUT', 'DELETE'] as const) {
      const response = await t.app.inject({ method, url: '/v1/ask?question=secret-marker' });
      expect(response.statusCode, method).toBe(405);
      expect(response.headers.allow).toBe('POST');
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const body = response.json();
      expect(body.error.code).toBe('method-not-allowed');
      expect(body.error.message).toMatch(
        new RegExp(`^${method} is not accepted at /v1/ask: use POST\\. Send \\{"question"`),
      );
      expect(response.body).not.toContain('secret-marker');
    }
  });

  it('answers a write to an entry with 405 and Allow: GET, HEAD', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/v1/entries/sore-throat' });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
    expect(response.json().error.code).toBe('method-not-allowed');
  });

  it('says what an entry id looks like when one is malformed', async () => {
    const response = await t.app.inject('/v1/entries/Sore_Throat');
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('invalid-entry-id');
    expect(body.error.message).toMatch(
      /^An entry id is lowercase letters and digits joined by single hyphens, such as "sore-throat"/,
    );
    expect(body.error.message).not.toMatch(/params|pattern/);
  });

  it('answers an unknown path with a JSON 404 that points to the docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/nothing?question=secret' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toMatch(/GET \/v1\/nothing\. The API is described at \/docs/);
    expect(response.body).not.toContain('secret');
  });
});
