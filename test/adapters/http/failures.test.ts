// When answering fails unexpectedly, the reply still points to care, and a red flag in the
// question still gets its escalation: an error must never hide an emergency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askJson, buildTestApp, type TestApp } from './http-test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({
    answers: (real) => ({
      ...real,
      answer: async () => {
        throw new Error('index exploded');
      },
    }),
  });
});
afterAll(async () => {
  await t.app.close();
});

describe('an unexpected failure while answering', () => {
  it('replies 500 with a message that points to care, not a bare error', async () => {
    const response = await askJson(t.app, 'what helps a sore throat');
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(body.error.code).toBe('internal-error');
    expect(body.error.message).toMatch(/ask a doctor, nurse or pharmacist/);
    expect(body.error.message).toMatch(/If this is an emergency, call 911 now\./);
    expect(body.escalation).toBeUndefined();
    expect(response.body).not.toContain('index exploded');
  });

  it('still escalates an emergency, first in the message and as contacts', async () => {
    const response = await askJson(t.app, 'crushing chest pain down my left arm');
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(body.error.message.startsWith('Call 911 now.')).toBe(true);
    expect(body.escalation).toMatchObject({ level: 'emergency', source: 'test-chest-pain' });
    expect(body.escalation.contacts).toContainEqual({ label: 'Emergency services', number: '911' });
  });

  it('logs the failure with a code, request id and red-flag rule only, never the text', async () => {
    const errors = t.logger.lines.filter((line) => line.level === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.fields).toMatchObject({ event: 'http-error', errorCode: 'internal-error' });
    expect(errors[1]?.fields).toMatchObject({ triage: 'emergency', triageRule: 'test-chest-pain' });
    expect(JSON.stringify(errors)).not.toMatch(/crushing|left arm|sore throat|exploded/);
  });
});
