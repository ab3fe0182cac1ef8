// Privacy, rate limits and fatal gateway errors, with the real discord.js against the fake Discord.
import { afterEach, describe, expect, it } from 'vitest';
import { messageCreate } from '../../fakes/discord/payloads.js';
import { type Bot, startBot } from './support/bot-harness.js';
import { ALICE, BOT, CHANNEL_ID, GUILD_ID } from './support/fixtures.js';

function mention(bot: Bot, text: string) {
  const message = messageCreate({
    author: ALICE,
    channelId: CHANNEL_ID,
    guildId: GUILD_ID,
    content: `<@${BOT.id}> ${text}`,
    mentions: [BOT],
  });
  bot.fake.dispatch('MESSAGE_CREATE', message);
  return message.id;
}

function replyTo(bot: Bot, messageId: string) {
  return bot.fake.waitForRequest(
    (r) => r.method === 'POST' && r.body?.message_reference?.message_id === messageId,
  );
}

describe('Discord bot: privacy, limits and fatal errors', () => {
  let bot: Bot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  it('answers a sensitive mention in a direct message and says so publicly, without quoting', async () => {
    bot = await startBot();
    // First-person health details: the core marks this sensitive.
    const question = 'I have had a sore throat for 3 days and it hurts when I swallow';
    const id = mention(bot, question);
    const publicReply = await replyTo(bot, id);
    expect(publicReply.path).toBe(`/channels/${CHANNEL_ID}/messages`);
    expect(publicReply.body.embeds).toEqual([]);
    expect(publicReply.body.content).toMatch(/direct message/);
    expect(publicReply.body.content).not.toMatch(/throat|swallow/i);

    const dmChannel = bot.fake.requests.find((r) => r.path === '/users/@me/channels');
    expect(dmChannel?.body).toEqual({ recipient_id: ALICE.id });
    const privateAnswer = bot.fake.requests.find(
      (r) =>
        r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && !r.path.includes(CHANNEL_ID),
    );
    expect(privateAnswer?.body.embeds[0].title).toBe('Sore throat');
    expect(privateAnswer?.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('keeps an emergency escalation first even in the public reply to a sensitive mention', async () => {
    bot = await startBot();
    const reply = await replyTo(bot, mention(bot, 'my chest pain is spreading to my arm'));
    expect(reply.body.content).toMatch(/^🚨 \*\*Chest pain or pressure can be a heart attack/);
    expect(reply.body.content).toMatch(/direct message/);
  });

  it('gives a friendly reply over the per-user limit, but never holds back an emergency', async () => {
    bot = await startBot({ env: { DISCORD_USER_RATE_LIMIT_PER_MINUTE: '1' }, emergencyNumber: '112' });
    const first = await replyTo(bot, mention(bot, 'what helps a sore throat'));
    expect(first.body.embeds[0].title).toBe('Sore throat');

    const second = await replyTo(bot, mention(bot, 'what are the symptoms of the flu'));
    expect(second.body.embeds).toEqual([]);
    expect(second.body.content).toMatch(/wait a moment/);
    // The knowledge's own number, not a generic "your local emergency number".
    expect(second.body.content).toContain('If this is an emergency, call 112 now.');

    const emergency = await replyTo(bot, mention(bot, 'sudden chest pain and I feel faint'));
    expect(emergency.body.content).toMatch(/^🚨 \*\*Chest pain or pressure can be a heart attack/);
  });

  it('fails to start with a clear message when Discord rejects the token (close code 4004)', async () => {
    bot = await startBot({ start: false, fake: { closeOnIdentify: 4004 } });
    await expect(bot.adapter.start()).rejects.toThrow(/DISCORD_TOKEN.*Reset Token.*4004/s);
    expect(bot.fake.identifies).toBe(1);
  });

  it('reports a fatal close while running instead of retrying (4014 disallowed intents)', async () => {
    bot = await startBot();
    const before = bot.fake.identifies;
    bot.fake.closeGateway(4014);
    await expect.poll(() => bot?.fatal.length).toBe(1);
    expect(bot.fatal[0]).toMatch(/4014.*Privileged Gateway Intents/s);
    expect(bot.fake.identifies).toBe(before);
  });
});
