// The real discord.js bot against a fake Discord gateway and REST API on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../fakes/discord/fake-discord.js';
import { askCommand, buttonClick, messageCreate } from '../../fakes/discord/payloads.js';
import { type Bot, startBot } from './support/bot-harness.js';
import { ALICE, APPLICATION_ID, BOT, CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID } from './support/fixtures.js';

const EPHEMERAL = 64;
const RED = 0xed4245;

function mention(bot: Bot, text: string, author = ALICE): string {
  const message = messageCreate({
    author,
    channelId: CHANNEL_ID,
    guildId: GUILD_ID,
    content: `<@${BOT.id}> ${text}`,
    mentions: [BOT],
  });
  bot.fake.dispatch('MESSAGE_CREATE', message);
  return message.id;
}

function replyTo(bot: Bot, messageId: string): Promise<RecordedRequest> {
  return bot.fake.waitForRequest(
    (r) => r.method === 'POST' && r.body?.message_reference?.message_id === messageId,
  );
}

function callbackOf(bot: Bot, interaction: { id: string }): Promise<RecordedRequest> {
  return bot.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${interaction.id}/`));
}

function allText(body: { content?: string; embeds?: object[] }): string {
  return JSON.stringify([body.content ?? '', body.embeds ?? []]);
}

function customIds(body: { components?: { components: { custom_id?: string }[] }[] }): string[] {
  return (body.components ?? []).flatMap((row) => row.components.map((c) => c.custom_id ?? ''));
}

describe('Discord bot over the gateway', () => {
  let bot: Bot;
  beforeAll(async () => {
    // Short heartbeats so that the resume test sees missed acks quickly.
    bot = await startBot({
      env: { DISCORD_USER_RATE_LIMIT_PER_MINUTE: '100' },
      fake: { heartbeatIntervalMs: 250 },
    });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('answers a mention with a reply whose embed holds the sources, and pings no one', async () => {
    const question = 'what are the symptoms of the flu';
    const id = mention(bot, question);
    const reply = await replyTo(bot, id);
    expect(reply.path).toBe(`/channels/${CHANNEL_ID}/messages`);
    expect(reply.authorization).toMatch(/^Bot /);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const [embed] = reply.body.embeds;
    expect(embed.title).toBe('Flu symptoms');
    const sources = embed.fields.find((f: { name: string }) => f.name === 'Sources');
    expect(sources.value).toContain('(https://www.cdc.gov/flu/signs-symptoms/)');
    expect(embed.footer.text).toContain('Reviewed by Jane Roe, MD on 2026-10-01');
    expect(embed.footer.text).toContain('not medical advice');
    expect(customIds(reply.body)).toEqual(
      expect.arrayContaining(['vetted:helpful:flu-symptoms', 'vetted:unhelpful:flu-symptoms']),
    );
    expect(allText(reply.body)).not.toContain(question);
  });

  it('ignores guild messages that do not mention it', async () => {
    const quiet = messageCreate({ author: ALICE, channelId: CHANNEL_ID, guildId: GUILD_ID, content: 'flu?' });
    bot.fake.dispatch('MESSAGE_CREATE', quiet);
    const after = mention(bot, 'what helps a sore throat');
    await replyTo(bot, after);
    expect(bot.fake.requests.some((r) => r.body?.message_reference?.message_id === quiet.id)).toBe(false);
  });

  it('answers a direct message in the DM channel', async () => {
    const dm = messageCreate({
      author: ALICE,
      channelId: DM_CHANNEL_ID,
      content: 'what helps a sore throat',
    });
    bot.fake.dispatch('MESSAGE_CREATE', dm);
    const reply = await replyTo(bot, dm.id);
    expect(reply.path).toBe(`/channels/${DM_CHANNEL_ID}/messages`);
    expect(reply.body.embeds[0].title).toBe('Sore throat');
  });

  it('answers /ask in a server ephemerally', async () => {
    const command = askCommand({
      applicationId: APPLICATION_ID,
      user: ALICE,
      channelId: CHANNEL_ID,
      guildId: GUILD_ID,
      question: 'how do I treat the flu at home',
    });
    bot.fake.dispatch('INTERACTION_CREATE', command);
    const callback = await callbackOf(bot, command);
    expect(callback.authorization).toBeUndefined();
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(callback.body.data.embeds[0].title).toBe('Treating the flu at home');
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers /ask in a direct message without the ephemeral flag', async () => {
    const command = askCommand({
      applicationId: APPLICATION_ID,
      user: ALICE,
      channelId: DM_CHANNEL_ID,
      question: 'what helps a sore throat',
    });
    bot.fake.dispatch('INTERACTION_CREATE', command);
    const callback = await callbackOf(bot, command);
    expect(callback.body.data.flags ?? 0).toBe(0);
    expect(callback.body.data.embeds[0].title).toBe('Sore throat');
  });

  it('offers clarify choices as buttons, and a click answers with the chosen entry', async () => {
    const id = mention(bot, 'flu');
    const reply = await replyTo(bot, id);
    const ids = customIds(reply.body);
    expect(ids).toEqual(
      expect.arrayContaining(['vetted:choose:flu-symptoms', 'vetted:choose:flu-treatment']),
    );

    const click = buttonClick({
      applicationId: APPLICATION_ID,
      botId: BOT.id,
      user: ALICE,
      channelId: CHANNEL_ID,
      guildId: GUILD_ID,
      customId: 'vetted:choose:flu-treatment',
    });
    bot.fake.dispatch('INTERACTION_CREATE', click);
    const callback = await callbackOf(bot, click);
    expect(callback.body.data.embeds[0].title).toBe('Treating the flu at home');
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('records Helpful / Not helpful clicks through the feedback port', async () => {
    const click = buttonClick({
      applicationId: APPLICATION_ID,
      botId: BOT.id,
      user: ALICE,
      channelId: DM_CHANNEL_ID,
      customId: 'vetted:unhelpful:sore-throat',
    });
    bot.fake.dispatch('INTERACTION_CREATE', click);
    const callback = await callbackOf(bot, click);
    expect(callback.body.data.content).toMatch(/thank you/i);
    expect(await bot.feedback.list()).toContainEqual(
      expect.objectContaining({ entryId: 'sore-throat', helpful: false, platform: 'discord' }),
    );
  });

  it('puts an emergency escalation first, as plain content above a red embed', async () => {
    // In a DM the whole answer comes at once (a guild mention this personal is answered by DM).
    const dm = messageCreate({
      author: ALICE,
      channelId: DM_CHANNEL_ID,
      content: 'my dad has crushing chest pain and is sweating',
    });
    bot.fake.dispatch('MESSAGE_CREATE', dm);
    const reply = await replyTo(bot, dm.id);
    expect(
      reply.body.content.startsWith('🚨 **Chest pain or pressure can be a heart attack. Call 911 now'),
    ).toBe(true);
    expect(reply.body.content).toContain('Emergency services: **911**');
    expect(reply.body.embeds[0].color).toBe(RED);
  });

  it('puts a crisis escalation with the crisis line first in a direct message', async () => {
    const dm = messageCreate({
      author: ALICE,
      channelId: DM_CHANNEL_ID,
      content: 'honestly I want to kill myself',
    });
    bot.fake.dispatch('MESSAGE_CREATE', dm);
    const reply = await replyTo(bot, dm.id);
    expect(reply.body.content).toMatch(/^🚨 \*\*You are not alone/);
    expect(reply.body.content).toContain('Crisis line (call or text): **988**');
  });

  it('keeps on answering after missed heartbeat acks make discord.js resume', async () => {
    const resumed = bot.fake.waitForResume();
    bot.fake.dropHeartbeatsUntilReconnect();
    await resumed;
    expect(bot.fake.resumes).toBe(1);
    const id = mention(bot, 'what helps a sore throat');
    const reply = await replyTo(bot, id);
    expect(reply.body.embeds[0].title).toBe('Sore throat');
  });

  it('never writes the question text into logs', () => {
    const logged = JSON.stringify(bot.logger.lines);
    expect(bot.logger.lines.some((line) => line.event === 'answer')).toBe(true);
    for (const text of [
      'symptoms of the flu',
      'sore throat',
      'crushing chest pain',
      'treat the flu',
      'kill myself',
    ]) {
      expect(logged).not.toContain(text);
    }
  });
});
