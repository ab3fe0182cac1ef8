// The chat page in a real browser at phone size: what a person sees and can do with a keyboard.
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../adapters/http/http-test-app.js';
import { launchChromium, PHONE, PHONE_WITH_KEYBOARD } from './browser.js';

interface BrowserGlobals {
  getComputedStyle(node: unknown): { backgroundColor: string };
  innerHeight: number;
  document: { elementFromPoint(x: number, y: number): unknown };
}

interface BrowserNode {
  getBoundingClientRect(): { top: number; bottom: number; left: number; right: number };
  contains(other: unknown): boolean;
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

/**
 * Whether a person can see and tap the element now: inside the window, and the thing at its
 * centre is the element itself (not the form or header drawn over it).
 */
function onScreen(locator: ReturnType<Page['locator']>): Promise<boolean> {
  return locator.evaluate((node) => {
    const el = node as unknown as BrowserNode;
    const win = globalThis as unknown as BrowserGlobals;
    const box = el.getBoundingClientRect();
    if (box.top < 0 || box.bottom > win.innerHeight) return false;
    const hit = win.document.elementFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2);
    return el.contains(hit);
  });
}

/** 2,300 characters of story, past the 2,000-character limit, with nothing alarming in it. */
const LONG_STORY = 'My son fell off his bike this morning and scraped his knee and his elbow. '.repeat(31);

/** Sends the box with Enter and waits until the page has handled the reply (the button is back). */
async function sendAndSettle(): Promise<void> {
  const replied = page.waitForResponse((response) => response.url().endsWith('/v1/ask'));
  await page.getByLabel('Your question').press('Enter');
  await replied;
  await page.locator('#ask-button:enabled').waitFor();
}

/** Types into the labelled box and sends with Enter, like a person would. */
async function askOnPage(question: string): Promise<void> {
  const before = await page.locator('.from-bot').count();
  await page.getByLabel('Your question').fill(question);
  await page.getByLabel('Your question').press('Enter');
  await page.locator('.from-bot').nth(before).waitFor();
}

describe('the chat page', () => {
  it('answers with sources as links, the review stamp, see-a-clinician and the disclaimer', async () => {
    expect(await page.locator('#intro-disclaimer').isVisible()).toBe(true);
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
    // On a phone the page-wide disclaimer scrolls away with the conversation, and stays reachable.
    const intro = page.locator('#intro-disclaimer');
    await intro.scrollIntoViewIfNeeded();
    expect(await onScreen(intro)).toBe(true);
    expect(await intro.textContent()).toMatch(/not medical advice/);
  });

  it('shows the page-wide disclaimer on a phone before the first question', async () => {
    expect(await onScreen(page.locator('#intro-disclaimer'))).toBe(true);
    expect(await page.locator('#intro-disclaimer').textContent()).toMatch(/not medical advice/);
  });

  it('keeps the page-wide disclaimer on screen after an answer on a tall screen', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await askOnPage('what helps a sore throat');
    expect(await onScreen(page.locator('#disclaimer'))).toBe(true);
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

  it('brings the call button into view on a 375×667 phone, with focus on the alert', async () => {
    // A long answer first, so the emergency reply arrives below the fold.
    await askOnPage('what helps a sore throat');
    await askOnPage('my dad has crushing chest pain and is sweating');
    const alert = page.locator('.from-bot').last().getByRole('alert');
    expect(await onScreen(alert.getByRole('link', { name: /Call 911/ }))).toBe(true);
    // A screen reader lands on the alert, and a phone's keyboard closes.
    expect(
      await alert.evaluate(
        (node) =>
          node === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
      ),
    ).toBe(true);
  });

  it('brings both crisis call buttons into view with the keyboard open (375×360)', async () => {
    await page.setViewportSize(PHONE_WITH_KEYBOARD);
    await askOnPage('what helps a sore throat');
    await askOnPage("i don't want to live anymore, i want to end my life");
    const links = page.locator('.from-bot').last().getByRole('alert').getByRole('link');
    expect(await links.count()).toBe(2);
    expect(await onScreen(links.nth(0))).toBe(true);
    expect(await onScreen(links.nth(1))).toBe(true);
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

  it('counts characters near the limit, and not before', async () => {
    const box = page.getByLabel('Your question');
    await box.fill('a'.repeat(1500));
    expect(await page.locator('#question-count').isVisible()).toBe(false);
    await box.fill('a'.repeat(1700));
    expect(await page.locator('#question-count').textContent()).toBe('1,700 of 2,000 characters');
  });

  it('keeps a pasted over-long message whole and refuses to answer it, saying why', async () => {
    const box = page.getByLabel('Your question');
    expect(await box.getAttribute('maxlength')).toBeNull();
    await box.fill(LONG_STORY);
    expect(await box.inputValue()).toBe(LONG_STORY);
    expect(await page.locator('#question-count').textContent()).toBe(
      `${LONG_STORY.trim().length.toLocaleString('en')} of 2,000 characters: ${(LONG_STORY.trim().length - 2000).toLocaleString('en')} too many`,
    );
    await sendAndSettle();
    expect(await page.locator('#question-error').textContent()).toMatch(
      /^Your question is 2,\d{3} characters; the limit is 2,000\. Shorten it .* Nothing you typed was removed\.$/,
    );
    expect(await box.inputValue()).toBe(LONG_STORY);
    expect(await page.locator('.message').count()).toBe(0);
  });

  it('still shows an emergency at the end of an over-long message, first, with its call button in view', async () => {
    const box = page.getByLabel('Your question');
    const question = `${LONG_STORY}Now his lips are blue and he cannot breathe.`;
    await box.fill(question);
    await sendAndSettle();
    const reply = page.locator('.from-bot').last();
    const alert = reply.getByRole('alert');
    expect(await alert.textContent()).toMatch(/Emergency.*breathing.*Call 911/s);
    expect(await onScreen(alert.getByRole('link', { name: /Call 911/ }))).toBe(true);
    const order = await reply.evaluate((node) =>
      [...node.children].map((child) => child.className || child.tagName).slice(0, 3),
    );
    expect(order).toEqual(['who', 'escalation escalation-emergency', 'answer-title']);
    expect(await reply.getByRole('heading').first().textContent()).toBe(
      'Your question is too long to answer',
    );
    // Every word the person typed is still there, to shorten and send again.
    expect(await box.inputValue()).toBe(question);
    expect(await page.locator('#question-error').isVisible()).toBe(true);
  });
});

describe('the emergency number on the page', () => {
  /** Serves the page's settings as a knowledge base for another country would. */
  async function withSettings(settings: Record<string, string> | 'unreachable'): Promise<void> {
    await page.route('**/v1/knowledge/status', (route) =>
      settings === 'unreachable' ? route.abort() : route.fulfill({ json: { ready: true, settings } }),
    );
    await page.reload();
  }

  it('comes from the knowledge settings, in the header and when the server cannot be reached', async () => {
    await withSettings({
      emergencyNumber: '112',
      disclaimer: 'Allgemeine Information, kein ärztlicher Rat.',
    });
    const link = page.locator('.emergency-strip').getByRole('link');
    await link.waitFor();
    expect(await link.textContent()).toBe('112');
    expect(await link.getAttribute('href')).toBe('tel:112');
    expect(await page.locator('#intro-disclaimer').textContent()).toBe(
      'Allgemeine Information, kein ärztlicher Rat.',
    );

    await page.route('**/v1/ask', (route) => route.abort());
    await askOnPage('what helps a sore throat');
    const reply = page.locator('.from-bot').last();
    expect(await reply.textContent()).toContain(
      'The server could not be reached. In an emergency, call 112 now.',
    );
    expect(await reply.getByRole('link', { name: '112' }).getAttribute('href')).toBe('tel:112');
    expect(await page.locator('body').textContent()).not.toContain('911');
  });

  it('is named neutrally until the settings load, never assuming 911', async () => {
    await withSettings('unreachable');
    expect(await page.locator('.emergency-strip').textContent()).toMatch(
      /^\s*In an emergency, call your local emergency number now\.\s*$/,
    );
    await page.route('**/v1/ask', (route) => route.abort());
    await askOnPage('what helps a sore throat');
    expect(await page.locator('.from-bot').last().textContent()).toContain(
      'The server could not be reached. In an emergency, call your local emergency number now.',
    );
    expect(await page.locator('body').textContent()).not.toContain('911');
  });
});
