// Debian's Chromium driven by playwright-core: no browser download, no network beyond 127.0.0.1.
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A small phone (iPhone SE class): the page must work at 375 × 667. */
export const PHONE = { width: 375, height: 667 };

/** The same phone with its on-screen keyboard open: little height is left. */
export const PHONE_WITH_KEYBOARD = { width: 375, height: 360 };
