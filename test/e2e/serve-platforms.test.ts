// `vetted serve` as a real process with Discord configured against the fake Discord: the bot
// answers a mention, and a fatal gateway close ends the process with a clear message, not a retry loop.
import { afterEach, describe, expect, it } from 'vitest';
import {
  ALICE,
  APPLICATION_ID,
  BOT,
  CHANNEL_ID,
  GUILD_ID,
  GUILDS,
  TOKEN,
} from '../adapters/discord/support/fixtures.js';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { messageCreate } from '../fakes/discord/payloads.js';
import { copyKnowledge, removeDir, type ServeProcess, startServe } from './serve-helpers.js';

describe('vetted serve with Discord (spawned)', () => {
  let fake: FakeDiscord | undefined;
  let serve: ServeProcess | undefined;
  let kb: string | undefined;

  afterEach(async () => {
    serve?.child.kill('SIGKILL');
    await fake?.close();
    if (kb) await removeDir(kb);
  });

  it('answers a mention, then exits 1 naming the fix when Discord rejects the intents', async () => {
    fake = await startFakeDiscord({ token: TOKEN, bot: BOT, applicationId: APPLICATION_ID, guilds: GUILDS });
    kb = await copyKnowledge();
    serve = await startServe(kb, {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(serve.stderr()).toContain('vetted: connected to discord\n');
    expect(serve.stderr()).not.toContain('interactions endpoint');

    fake.dispatch(
      'MESSAGE_CREATE',
      messageCreate({
        author: ALICE,
        channelId: CHANNEL_ID,
        guildId: GUILD_ID,
        content: `<@${BOT.id}> how do I soothe a sore throat`,
        mentions: [BOT],
      }),
    );
    const reply = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`,
    );
    expect(reply.body.allowed_mentions).toEqual(expect.objectContaining({ parse: [] }));

    fake.closeGateway(4014);
    expect(await serve.exited).toBe(1);
    expect(serve.stderr()).toMatch(/4014.*Privileged Gateway Intents/s);
    // A clean shutdown (in-flight work finished, logs flushed), not an abrupt exit.
    expect(serve.stdout()).toContain('"event":"stopped"');
    // The event docs/discord.md tells admins to look for.
    expect(serve.stdout()).toContain('"event":"discord-ready"');
  });

  it('stops on SIGTERM while discord.js is still retrying a gateway that refuses connections', async () => {
    fake = await startFakeDiscord({ token: TOKEN, bot: BOT, applicationId: APPLICATION_ID, guilds: GUILDS });
    fake.setGatewayUp(false);
    kb = await copyKnowledge();
    serve = await startServe(kb, {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: fake.apiUrl,
    });
    const refused = fake;
    await expect.poll(() => refused.gatewayRefusals).toBeGreaterThanOrEqual(1);
    serve.child.kill('SIGTERM');
    // Before: discord.js kept reconnecting after destroy(), and its timers held the process open.
    expect(await serve.exited).toBe(0);
    expect(serve.stderr()).toContain('vetted: stopped (SIGTERM).');
    expect(serve.stdout()).toContain('"event":"stopped"');
  });
});
