// A question the API refuses (too long, a bad locale) is still triaged, whole: a red flag at its
// end gets the same escalation a normal answer would have carried, first in the error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askJson, buildTestApp, type TestApp } from './http-test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.app.close();
});

/** 2,300 characters of story before the red flag: past the 2,000-character limit. */
const LONG_STORY = 'He fell off his bike this morning and scraped his knee and elbow. '.repeat(35);

describe('a refused question with a red flag', () => {
  it('refuses a 2,300-character question as too long, with the escalation of a normal answer first', async () => {
    const question = `${LONG_STORY} Now he has crushing chest pain.`;
    expect(question.length).toBeGreaterThan(2300);
    const response = await askJson(t.app, question);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('question-too-long');
    const answered = (await askJson(t.app, 'Now he has crushing chest pain.')).json();
    expect(body.escalation).toEqual(answered.escalation);
    expect(body.escalation).toMatchObject({ level: 'emergency', source: 'test-chest-pain' });
    // The message leads with the escalation, then says how to fix the question.
    expect(body.error.message).toMatch(/^Call 911 now\. The question is longer than 2000 characters\./);
  });

  it('still escalates a crisis at the very end of a too-long question', async () => {
    const response = await askJson(t.app, `${LONG_STORY} I want to end my life`);
    expect(response.statusCode).toBe(400);
    expect(response.json().escalation.contacts[0]).toEqual({
      label: 'Crisis line (call or text)',
      number: '988',
    });
  });

  it('escalates a red flag sent with a bad locale', async () => {
    const response = await askJson(t.app, 'crushing chest pain', { locale: '<b>' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid-locale');
    expect(response.json().escalation).toMatchObject({ level: 'emergency' });
  });

  it('adds no escalation to a too-long question without a red flag', async () => {
    const response = await askJson(t.app, LONG_STORY);
    expect(response.statusCode).toBe(400);
    expect(response.json().escalation).toBeUndefined();
    expect(response.json().error.message).toMatch(/If this is an emergency, call 911 now\.$/);
  });

  it('logs the refusal with the triage level and rule, never the text', async () => {
    const before = t.logger.lines.length;
    await askJson(t.app, `${LONG_STORY} secret-marker crushing chest pain`);
    const line = t.logger.lines.slice(before).find((l) => l.fields.event === 'http-error');
    expect(line?.fields).toMatchObject({
      errorCode: 'question-too-long',
      triage: 'emergency',
      triageRule: 'test-chest-pain',
    });
    expect(JSON.stringify(t.logger.lines.slice(before))).not.toMatch(/secret-marker|bike/);
  });
});
