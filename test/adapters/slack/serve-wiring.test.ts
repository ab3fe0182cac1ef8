// `vetted serve` as main.ts builds it (real HTTP app, live knowledge, retrieval, pino logger) with
// Slack settings pointing at the fake: the route is mounted, answers flow, and logs hold no words.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../../src/adapters/slack/index.js';
import { loadConfig } from '../../../src/config.js';
import { type RunningVetted, startVetted } from '../../../src/main.js';
import { readFeedbackTotals } from '../../../src/runtime/feedback-totals.js';
import { createLogger } from '../../../src/runtime/logger.js';
import { type FakeSlack, startFakeSlack } from '../../fakes/slack/fake-slack.js';
import {
  blockAction,
  DM_CHANNEL,
  directMessage,
  eventCallback,
  mention,
} from '../../fakes/slack/payloads.js';
import { signedHeaders } from '../../fakes/slack/sign-request.js';
import { BOT_TOKEN, SIGNING_SECRET } from './harness.js';
import { blockTexts, isPost, isRespond, must } from './reply-helpers.js';
import { FIXTURE_DIR } from './test-knowledge.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('Slack inside vetted serve', () => {
  let fake: FakeSlack | undefined;
  let running: RunningVetted | undefined;
  let dataDir: string | undefined;
  afterEach(async () => {
    await running?.close();
    await fake?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('mounts /slack/events on the shared server, answers from the knowledge, and logs and saves no words', async () => {
    fake = await startFakeSlack({ botToken: BOT_TOKEN });
    dataDir = await mkdtemp(join(tmpdir(), 'vetted-feedback-'));
    const feedbackDb = join(dataDir, 'votes', 'feedback.sqlite');
    const parsed = loadConfig({
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      VETTED_KB_DIR: FIXTURE_DIR,
      VETTED_WATCH_KNOWLEDGE: 'false',
      VETTED_FEEDBACK_DB: feedbackDb,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
    });
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const lines: string[] = [];
    const logger = createLogger({
      level: 'info',
      destination: { write: (line: string) => lines.push(line) },
    });
    const started = await startVetted(parsed.config, { logger });
    if (!started.ok) throw new Error(JSON.stringify(started));
    running = started.running;
    const slack = running.adapters.find((adapter) => adapter.name === 'slack') as SlackAdapter | undefined;
    expect(slack?.mode).toBe('http');

    const post = (raw: string, contentType: string) =>
      fetch(`${running?.url}/slack/events`, {
        method: 'POST',
        headers: signedHeaders(SIGNING_SECRET, raw, contentType),
        body: raw,
      });
    const asked = await post(
      JSON.stringify(eventCallback(mention('what are the symptoms of the flu'))),
      'application/json',
    );
    expect(asked.status).toBe(200);
    await slack?.idle();
    const reply = must(fake.replies().find(isPost));
    expect(blockTexts(reply).join('\n')).toContain('https://www.cdc.gov/flu/signs-symptoms/');
    const named = mention('Zebulon Quartermaine in accounting has a strange rash');
    expect((await post(JSON.stringify(eventCallback(named)), 'application/json')).status).toBe(200);
    await slack?.idle();

    // A button click carries the whole message that held it: far over the 16 KB API body limit.
    await post(JSON.stringify(eventCallback(directMessage('flu symptoms'))), 'application/json');
    await slack?.idle();
    const big = blockAction({
      actionId: 'vetted_feedback_helpful',
      value: 'flu-symptoms',
      responseUrl: fake.responseUrl('big'),
      channel: DM_CHANNEL,
      message: { ts: '1700000001.000100' },
    });
    (big.message as Record<string, unknown>).blocks = Array.from({ length: 40 }, () => ({
      type: 'section',
      text: { type: 'mrkdwn', text: 'x'.repeat(2_000) },
    }));
    const form = new URLSearchParams({ payload: JSON.stringify(big) }).toString();
    expect(form.length).toBeGreaterThan(16_384 * 4);
    expect((await post(form, 'application/x-www-form-urlencoded')).status).toBe(200);
    await slack?.idle();
    expect(fake.replies().filter(isRespond)).toHaveLength(1);

    // The click is in the database (with the knowledge it was cast on) and counted in /metrics.
    expect(running.feedbackDb).toBe(feedbackDb);
    const saved = readFeedbackTotals(feedbackDb, { setting: 'test', fix: '' });
    expect(saved).toEqual([
      {
        entryId: 'flu-symptoms',
        helpful: 1,
        notHelpful: 0,
        lastVote: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        lastKnowledgeVersion: running.knowledge.status().version,
      },
    ]);
    const metrics = await (await fetch(`${running.url}/metrics`)).text();
    expect(metrics).toMatch(/^vetted_feedback_total\{platform="slack",vote="helpful"\} 1$/m);
    await running.close();
    running = undefined;
    const file = await readFile(feedbackDb, 'latin1');
    expect(file).toContain('flu-symptoms');
    expect(file).not.toContain('Zebulon');
    expect(file).not.toContain('flu symptoms');

    const logged = lines.join('');
    expect(logged).toContain('"event":"answer"');
    expect(logged).not.toContain('Zebulon');
    expect(logged).not.toContain('Quartermaine');
    expect(logged).not.toContain('symptoms of the flu');
  });

  it('serves the web chat while Slack cannot be reached, shows it in /metrics, and connects later', async () => {
    fake = await startFakeSlack({ botToken: BOT_TOKEN });
    fake.setReachability('cut');
    const parsed = loadConfig({
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      VETTED_KB_DIR: FIXTURE_DIR,
      VETTED_WATCH_KNOWLEDGE: 'false',
      VETTED_FEEDBACK_DB: 'memory',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
    });
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const fatal: string[] = [];
    const started = await startVetted(parsed.config, {
      logger: createLogger({ level: 'warn', destination: { write: () => {} } }),
      onFatal: (message) => fatal.push(message),
    });
    // Before: the adapter's start failed and vetted exited 1, web chat included.
    if (!started.ok) throw new Error(JSON.stringify(started));
    running = started.running;
    const metrics = async () => (await fetch(`${running?.url}/metrics`)).text();
    expect(await metrics()).toMatch(/^vetted_platform_connected\{platform="slack"\} 0$/m);
    const asked = await fetch(`${running.url}/v1/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'what are the symptoms of the flu' }),
    });
    expect(asked.status).toBe(200);

    fake.setReachability('up');
    await expect
      .poll(metrics, { timeout: 5_000 })
      .toMatch(/^vetted_platform_connected\{platform="slack"\} 1$/m);
    expect(fatal).toEqual([]);
  });
});
