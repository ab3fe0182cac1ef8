// A Discord that cannot be reached at start must not hold vetted up or end it: the REST API failing is
// retried with backoff, a gateway that does not answer lets start() return while discord.js keeps
// trying, and the bot answers once Discord is back. A rejected token stays fatal.
import { afterEach, describe, expect, it } from 'vitest';
import { messageCreate } from '../../fakes/discord/payloads.js';
import { type Bot, startBot } from './support/bot-harness.js';
import { ALICE, DM_CHANNEL_ID } from './support/fixtures.js';

const QUICK = { backoff: { firstMs: 20, maxMs: 100 }, startWaitMs: 100 };
const logged = (bot: Bot, event: string) => bot.logger.lines.filter((line) => line.event === event);

async function answersADirectMessage(bot: Bot): Promise<void> {
  const dm = messageCreate({ author: ALICE, channelId: DM_CHANNEL_ID, content: 'what helps a sore throat' });
  bot.fake.dispatch('MESSAGE_CREATE', dm);
  const reply = await bot.fake.waitForRequest(
    (r) => r.method === 'POST' && r.body?.message_reference?.message_id === dm.id,
  );
  expect(reply.body.embeds[0].title).toBe('Sore throat');
}

describe('Discord unreachable at start', () => {
  let bot: Bot | undefined;
  afterEach(async () => {
    bot?.fake.setRestReachable(true);
    bot?.fake.setGatewayUp(true);
    await bot?.stop();
    bot = undefined;
  });

  it('starts anyway when the REST API cannot be reached, retries, and answers once it is back', async () => {
    bot = await startBot({ tuning: QUICK, beforeStart: (fake) => fake.setRestReachable(false) });
    const [warning] = logged(bot, 'discord-unreachable');
    expect(warning?.level).toBe('warn');
    expect(warning?.message).toContain(`Could not reach Discord at ${bot.fake.apiUrl}`);
    expect(warning?.message).toContain('DISCORD_API_URL');
    await expect.poll(() => bot?.fake.restCuts).toBeGreaterThanOrEqual(3);
    expect(logged(bot, 'discord-ready')).toEqual([]);

    bot.fake.setRestReachable(true);
    await expect.poll(() => logged(bot as Bot, 'discord-ready').length).toBe(1);
    expect(bot.connection).toEqual([true]);
    expect(bot.fatal).toEqual([]);
    await answersADirectMessage(bot);
  });

  it('lets start() return while the gateway refuses connections, and connects when it is up', async () => {
    // Before: login() never settled, so `vetted serve` hung at start.
    bot = await startBot({ tuning: QUICK, beforeStart: (fake) => fake.setGatewayUp(false) });
    expect(logged(bot, 'discord-connecting')).toHaveLength(1);
    await expect.poll(() => bot?.fake.gatewayRefusals).toBeGreaterThanOrEqual(2);
    expect(bot.connection).toEqual([]);

    bot.fake.setGatewayUp(true);
    await expect.poll(() => logged(bot as Bot, 'discord-ready').length).toBe(1);
    expect(bot.connection).toEqual([true]);
    await answersADirectMessage(bot);
  });

  it('stops promptly while the gateway is still refusing connections', async () => {
    bot = await startBot({ tuning: QUICK, beforeStart: (fake) => fake.setGatewayUp(false) });
    await expect.poll(() => bot?.fake.gatewayRefusals).toBeGreaterThanOrEqual(1);
    // Resolves although login() never will (the test would time out otherwise).
    await bot.adapter.stop();
    expect(logged(bot, 'discord-ready')).toEqual([]);
  });

  it('still fails to start with a clear message when the REST API rejects the token (401)', async () => {
    bot = await startBot({ start: false, tuning: QUICK, fake: { token: 'a.different.token' } });
    await expect(bot.adapter.start()).rejects.toThrow(/DISCORD_TOKEN.*Reset Token.*401/s);
    expect(logged(bot, 'discord-unreachable')).toEqual([]);
  });
});
