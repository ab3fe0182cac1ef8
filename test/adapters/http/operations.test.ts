// Health, readiness, metrics, knowledge status, API docs, security headers and the page itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askJson, buildTestApp, type TestApp } from './http-test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.app.close();
});

describe('health and readiness', () => {
  it('is alive and ready once knowledge is loaded', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', knowledgeVersion: t.knowledge.status().version });
  });

  it('is alive but not ready, and refuses questions with 503, before knowledge is loaded', async () => {
    const cold = await buildTestApp({ loaded: false });
    try {
      expect((await cold.app.inject('/healthz')).statusCode).toBe(200);
      const ready = await cold.app.inject('/readyz');
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ status: 'loading' });
      const ask = await askJson(cold.app, 'what helps a sore throat');
      expect(ask.statusCode).toBe(503);
      expect(ask.json().error.code).toBe('not-ready');
      expect(ask.json().error.message).toMatch(/call 911/);
      await cold.knowledge.reload();
      expect((await cold.app.inject('/readyz')).statusCode).toBe(200);
    } finally {
      await cold.app.close();
    }
  });
});

describe('GET /metrics', () => {
  it('counts requests, outcomes and triage levels, with no question text in any label', async () => {
    await askJson(t.app, 'what helps a sore throat');
    await askJson(t.app, 'flu treatment or vaccine?');
    await askJson(t.app, 'crushing chest pain metrics-marker');
    const response = await t.app.inject('/metrics');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    const text = response.body;
    expect(text).toMatch(
      /vetted_http_requests_total\{method="POST",route="\/v1\/ask",status_code="200"\} \d+/,
    );
    expect(text).toMatch(/vetted_answers_total\{platform="http",outcome="answer"\} \d+/);
    expect(text).toMatch(/vetted_answers_total\{platform="http",outcome="clarify"\} \d+/);
    expect(text).toMatch(/vetted_triage_total\{platform="http",level="emergency"\} 1/);
    expect(text).toMatch(/vetted_triage_total\{platform="http",level="none"\} \d+/);
    expect(text).toMatch(
      /vetted_http_request_duration_seconds_bucket\{le="0.005",method="POST",route="\/v1\/ask"\}/,
    );
    expect(text).toMatch(/vetted_answer_duration_seconds_count\{platform="http",outcome="answer"\}/);
    expect(text).not.toMatch(/metrics-marker|sore|chest/);
  });

  it('labels an unknown URL as unmatched, not by its path', async () => {
    await t.app.inject('/what-helps-a-sore-throat');
    const text = (await t.app.inject('/metrics')).body;
    expect(text).toMatch(/route="unmatched",status_code="404"/);
    expect(text).not.toContain('what-helps');
  });
});

describe('GET /v1/knowledge/status', () => {
  it('describes the knowledge being served', async () => {
    const status = (await t.app.inject('/v1/knowledge/status')).json();
    expect(status).toMatchObject({
      ready: true,
      entries: 5,
      servingLastGood: false,
      lastReload: { ok: true, problems: [] },
      settings: { emergencyNumber: '911', crisisLine: '988' },
    });
    expect(status.version).toEqual(expect.any(String));
    expect(status.warnings.map((w: { code: string }) => w.code)).toContain('draft-entry');
  });
});

describe('docs, headers and the page', () => {
  it('publishes an OpenAPI document with the ask route and the Answer schema', async () => {
    const spec = (await t.app.inject('/docs/json')).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(spec.paths['/v1/ask'].post.requestBody.content['application/json'].schema.required).toEqual([
      'question',
    ]);
    expect(spec.paths['/v1/entries/{id}'].get).toBeDefined();
    expect(spec.components.schemas.Answer.required).toContain('escalation');
    const docs = await t.app.inject('/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
    expect(docs.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
  });

  it('serves the chat page with security headers and no inline script allowed', async () => {
    const page = await t.app.inject('/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<label for="question">');
    expect(page.body).toContain('aria-live="polite"');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    // The JSON API has its own fixed set: nothing caches a health answer.
    const api = await t.app.inject({ method: 'POST', url: '/v1/ask', payload: { question: 'flu' } });
    expect(api.headers['cache-control']).toBe('no-store');
    expect(api.headers['x-content-type-options']).toBe('nosniff');
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    const script = await t.app.inject('/chat.js');
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    // Answer and user text are put on the page as text, never parsed as HTML.
    expect(script.body).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect((await t.app.inject('/chat.css')).statusCode).toBe(200);
  });
});
