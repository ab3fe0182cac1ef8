// The chat page in a real browser at phone size: what a person sees and can do with a keyboard.
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../adapters/http/http-test-app.js';
import { launchChromium, PHONE } from './browser.js';

interface BrowserGlobals {
  getComputedStyle(node: unknown): { backgroundColor: string };
}

let t: TestApp;
let browser: Browser;
let url: string;
let page: Page;

beforeAll(async () => {
  // The real red-flag rules (the fixture holds a copy of knowledge/triage.yaml).
  t = await buildTestApp({ triage: 'real' });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await t?.app.close();
});

beforeEach(async () => {
  const context = await browser.newContext({ viewport: PHONE });
  page = await context.newPage();
  await page.goto(url);
});

afterEach(async () => {
  await page.context().close();
});

/** Types into the labelled box and sends with Enter, like a person would. */
async function askOnPage(question: string): Promise<void> {
  const before = await page.locator('.from-bot').count();
  await page.getByLabel('Your question').fill(question);
  await page.getByLabel('Your question').press('Enter');
  await page.locator('.from-bot').nth(before).waitFor();
}

describe('the chat page', () => {
  it('answers with sources as links, the review stamp, see-a-clinician and the disclaimer', async () => {
    expect(await page.locator('#disclaimer').isVisible()).toBe(true);
    await askOnPage('what helps a sore throat');

    const reply = page.locator('.from-bot').last();
    expect(await reply.getByRole('heading', { name: 'Sore throat' }).isVisible()).toBe(true);
    const source = reply.getByRole('link', { name: /NHS — Sore throat/ });
    expect(await source.getAttribute('href')).toBe('https://www.nhs.uk/conditions/sore-throat/');
    expect(await reply.getByText('Reviewed by Test Reviewer, MD on 2026-01-15').isVisible()).toBe(true);
    expect(await reply.getByRole('heading', { name: 'See a clinician if' }).isVisible()).toBe(true);
    expect(await reply.getByText('it has not improved after a week').isVisible()).toBe(true);
    expect(await reply.locator('.answer-disclaimer').textContent()).toMatch(/not medical advice/);
    // Markdown lists and bold come through as real lists, not asterisks.
    expect(await reply.locator('.answer-body li strong').first().textContent()).toBe(
      'paracetamol or ibuprofen',
    );

    // The person's own words are shown back to them, and focus is ready for the next question.
    expect(await page.locator('.from-person').last().textContent()).toContain('what helps a sore throat');
    expect(await page.evaluate('document.activeElement?.id')).toBe('question');
    // The page-wide disclaimer stays on screen after an answer.
    expect(await page.locator('#disclaimer').isVisible()).toBe(true);
    const box = await page.locator('#disclaimer').boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(PHONE.height);
  });

  it('offers clarify choices as buttons that fetch the chosen entry, by keyboard', async () => {
    await askOnPage('flu treatment or vaccine?');
    const choices = page.locator('.from-bot').last().locator('button.choice');
    expect(await choices.count()).toBeGreaterThan(1);
    const titles = await choices.allTextContents();
    expect(titles).toContain('Flu vaccine');

    await page.locator('.from-bot').last().getByRole('button', { name: 'Flu vaccine' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.from-bot').nth(1).waitFor();
    const chosen = page.locator('.from-bot').last();
    expect(await chosen.getByRole('heading', { name: 'Flu vaccine' }).isVisible()).toBe(true);
    expect(await chosen.getByRole('link', { name: /CDC — Flu vaccines/ }).isVisible()).toBe(true);
    // Focus moves to the answer that was fetched.
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Flu vaccine');
  });

  it('shows an emergency first, in a red alert with tap-to-call links', async () => {
    await askOnPage('my dad has crushing chest pain and is sweating');
    const reply = page.locator('.from-bot').last();
    const alert = reply.getByRole('alert');
    expect(await alert.isVisible()).toBe(true);
    expect(await alert.textContent()).toMatch(/Emergency.*heart attack.*Call 911 now/s);
    const call = alert.getByRole('link', { name: /Call 911/ });
    expect(await call.getAttribute('href')).toBe('tel:911');
    // First thing in the reply, above any other content.
    const order = await reply.evaluate((node) =>
      [...node.children].map((child) => child.className || child.tagName).slice(0, 2),
    );
    expect(order).toEqual(['who', 'escalation escalation-emergency']);
    const background = await alert.evaluate(
      // Runs in the browser; this project's type check has no DOM library.
      (node) => (globalThis as unknown as BrowserGlobals).getComputedStyle(node).backgroundColor,
    );
    expect(background).toBe('rgb(179, 19, 27)');
  });

  it('shows a crisis first, with the crisis line and the emergency number to tap', async () => {
    await askOnPage("i don't want to live anymore, i want to end my life");
    const alert = page.locator('.from-bot').last().getByRole('alert');
    expect(await alert.textContent()).toMatch(/You are not alone.*988/s);
    const hrefs = await alert
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['tel:988', 'tel:911']);
  });

  it('shows what a person typed as text, never as HTML', async () => {
    await askOnPage('<img src=x onerror="document.title=1"> sore throat');
    expect(await page.locator('.conversation img').count()).toBe(0);
    expect(await page.locator('.from-person').last().textContent()).toContain('<img src=x');
    expect(await page.title()).not.toBe('1');
  });

  it('fits a 375 px screen without sideways scrolling', async () => {
    await askOnPage('what helps a sore throat');
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('says what to do when the question box is empty', async () => {
    await page.getByRole('button', { name: 'Ask' }).click();
    expect(await page.locator('#question-error').textContent()).toBe('Type a question first.');
    expect(await page.getByLabel('Your question').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.from-bot').count()).toBe(0);
  });
});
