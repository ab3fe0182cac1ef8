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
      says: /larger than 4096 bytes \(BODY_LIMIT_BYTES\)/,
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
    });
  }

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

  it('answers an unknown path with a JSON 404 that points to the docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/nothing?question=secret' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toMatch(/GET \/v1\/nothing\. The API is described at \/docs/);
    expect(response.body).not.toContain('secret');
  });
});
