// POST /discord/interactions on a fastify app: Ed25519 signatures, PING, /ask, buttons, deferred replies.
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../src/adapters/discord/index.js';
import type { AnswerService } from '../../../src/core/answer-service.js';
import { createInMemoryFeedbackStore } from '../../../src/core/feedback.js';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord/fake-discord.js';
import { askCommand, buttonClick } from '../../fakes/discord/payloads.js';
import {
  ALICE,
  APPLICATION_ID,
  BOT,
  CHANNEL_ID,
  capturingLogger,
  configFrom,
  DM_CHANNEL_ID,
  GUILD_ID,
  realAnswerService,
  TOKEN,
} from './support/fixtures.js';

const EPHEMERAL = 64;
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
// The portal shows the raw 32-byte key in hex: the end of the SPKI encoding.
const publicKeyHex = (publicKey.export({ format: 'der', type: 'spki' }) as Buffer)
  .subarray(12)
  .toString('hex');

function signed(body: object, key: KeyObject = privateKey) {
  const payload = JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + payload), key).toString('hex');
  return {
    method: 'POST' as const,
    url: '/discord/interactions',
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
    },
    payload,
  };
}

async function appWith(answers: AnswerService, fake: FakeDiscord, deferAfterMs?: number) {
  const config = configFrom({
    DISCORD_PUBLIC_KEY: publicKeyHex,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_API_URL: fake.apiUrl,
  });
  const adapter = createDiscordAdapter({
    config,
    answers,
    feedback: createInMemoryFeedbackStore(),
    logger: capturingLogger(),
    ...(deferAfterMs !== undefined ? { deferAfterMs } : {}),
  });
  if (!adapter?.routes) throw new Error('the interactions endpoint should be configured');
  const app = Fastify();
  // A sibling route: the endpoint's raw-body parser must not leak to it.
  app.post('/echo', async (request) => request.body);
  await adapter.routes(app);
  await adapter.start();
  return { app, adapter };
}

describe('Discord HTTP interactions endpoint', () => {
  let fake: FakeDiscord;
  let app: FastifyInstance;
  let answers: AnswerService;
  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN, bot: BOT, applicationId: APPLICATION_ID });
    answers = await realAnswerService(capturingLogger());
    ({ app } = await appWith(answers, fake));
  });
  afterAll(async () => {
    await app.close();
    await fake.close();
  });

  it('answers a signed PING with a PONG', async () => {
    const response = await app.inject(signed({ type: 1 }));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ type: 1 });
  });

  it('rejects a PING signed with another key, and one without signature headers', async () => {
    const other = generateKeyPairSync('ed25519').privateKey;
    expect((await app.inject(signed({ type: 1 }, other))).statusCode).toBe(401);
    const unsigned = signed({ type: 1 });
    delete (unsigned.headers as Record<string, string>)['x-signature-ed25519'];
    expect((await app.inject(unsigned)).statusCode).toBe(401);
  });

  it('rejects a body changed after signing', async () => {
    const request = signed({ type: 1 });
    const response = await app.inject({ ...request, payload: request.payload.replace('1', '2') });
    expect(response.statusCode).toBe(401);
  });

  it('answers a signed /ask in a server with an ephemeral embed holding the sources', async () => {
    const command = askCommand({
      applicationId: APPLICATION_ID,
      user: ALICE,
      channelId: CHANNEL_ID,
      guildId: GUILD_ID,
      question: 'what are the symptoms of the flu',
    });
    const response = await app.inject(signed(command));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(body.data.embeds[0].title).toBe('Flu symptoms');
    expect(JSON.stringify(body.data.embeds)).toContain('https://www.cdc.gov/flu/signs-symptoms/');
  });

  it('answers a clarify button click with the chosen entry', async () => {
    const click = buttonClick({
      applicationId: APPLICATION_ID,
      botId: BOT.id,
      user: ALICE,
      channelId: DM_CHANNEL_ID,
      customId: 'vetted:choose:flu-treatment',
    });
    const body = (await app.inject(signed(click))).json();
    expect(body.type).toBe(4);
    expect(body.data.embeds[0].title).toBe('Treating the flu at home');
    expect(body.data.flags).toBeUndefined();
  });

  it('leaves JSON parsing of other routes alone', async () => {
    const response = await app.inject({ method: 'POST', url: '/echo', payload: { ok: true } });
    expect(response.json()).toEqual({ ok: true });
  });

  it('defers a slow answer and edits the original reply through the REST API', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: AnswerService = {
      ...answers,
      answer: async (question) => {
        await gate;
        return answers.answer(question);
      },
    };
    const deferring = await appWith(slow, fake, 0);
    try {
      const command = askCommand({
        applicationId: APPLICATION_ID,
        user: ALICE,
        channelId: CHANNEL_ID,
        guildId: GUILD_ID,
        question: 'what helps a sore throat',
      });
      const response = await deferring.app.inject(signed(command));
      expect(response.json()).toEqual({ type: 5, data: { flags: EPHEMERAL } });
      release();
      const edit = await fake.waitForRequest(
        (r) =>
          r.method === 'PATCH' &&
          r.path === `/webhooks/${APPLICATION_ID}/${command.token}/messages/@original`,
      );
      expect(edit.body.embeds[0].title).toBe('Sore throat');
      expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    } finally {
      await deferring.adapter.stop();
      await deferring.app.close();
    }
  });
});
