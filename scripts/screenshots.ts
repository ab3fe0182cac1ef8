// Saves docs/screenshots/{ask,clarify,emergency}.png: the chat page at phone size on the bundled
// knowledge, through the same composition as `vetted serve`. Run with `npx tsx scripts/screenshots.ts`.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { startVetted } from '../src/main.js';
import { createLogger } from '../src/runtime/logger.js';
import { launchChromium, PHONE } from '../test/e2e/browser.js';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

const SHOTS = [
  // A tall phone screen, so the whole answer shows: sources, review stamp, see-a-clinician.
  { file: 'ask.png', question: 'how do I soothe a sore throat', height: 1500 },
  { file: 'clarify.png', question: 'flu' },
  { file: 'emergency.png', question: 'my dad has crushing chest pain and is sweating' },
];

async function main(): Promise<number> {
  const config = loadConfig({
    ...process.env,
    PORT: '3999',
    HOST: '127.0.0.1',
    VETTED_WATCH_KNOWLEDGE: 'false',
    VETTED_FEEDBACK_DB: 'memory',
  });
  if (!config.ok) throw new Error(config.problems.join('\n'));
  const started = await startVetted(config.config, { logger: createLogger({ level: 'silent' }) });
  if (!started.ok) throw new Error(`could not start: ${JSON.stringify(started)}`);
  const { running } = started;
  const browser = await launchChromium();
  try {
    await mkdir(OUT, { recursive: true });
    for (const shot of SHOTS) {
      const page = await browser.newPage({
        viewport: { width: PHONE.width, height: shot.height ?? PHONE.height },
        deviceScaleFactor: 2,
      });
      await page.goto(running.url);
      await page.getByLabel('Your question').fill(shot.question);
      await page.getByLabel('Your question').press('Enter');
      await page.locator('.from-bot').first().waitFor();
      // Let the smooth scroll to the new reply finish before taking the picture.
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${OUT}${shot.file}` });
      process.stdout.write(`saved docs/screenshots/${shot.file}\n`);
      await page.close();
    }
  } finally {
    await browser.close();
    await running.close();
  }
  return 0;
}

process.exitCode = await main();
