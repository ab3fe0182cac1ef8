// Discord makes a paste over 2,000 characters into a message.txt attachment and leaves the message
// empty: the bot reads the file (from the fake's CDN) and answers it, red flag first. When the file
// cannot be read, it says so with the emergency number, never the usual "ask me a question" hint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AttachmentInput, messageCreate } from '../../fakes/discord/payloads.js';
import { type Bot, startBot } from './support/bot-harness.js';
import { ALICE, BOT, CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID } from './support/fixtures.js';

const LONG_PASTE = `${'We went for a walk this morning and had breakfast as usual. '.repeat(40)}Now my dad has crushing chest pain and is sweating.`;

describe('Discord messages with a text attachment', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await startBot({
      env: { DISCORD_USER_RATE_LIMIT_PER_MINUTE: '100' },
      emergencyNumber: '112',
      tuning: { attachmentTimeoutMs: 200 },
    });
  });
  afterAll(async () => {
    await bot.stop();
  });

  function textFile(name: string, body: string, options: Parameters<Bot['fake']['serveFile']>[2] = {}) {
    const url = bot.fake.serveFile(name, body, options);
    return {
      filename: 'message.txt',
      url,
      size: Buffer.byteLength(body),
      contentType: 'text/plain; charset=utf-8',
    } satisfies AttachmentInput;
  }

  async function send(input: { content: string; file: AttachmentInput; guild?: boolean }) {
    const message = messageCreate({
      author: ALICE,
      content: input.content,
      attachments: [input.file],
      ...(input.guild
        ? { channelId: CHANNEL_ID, guildId: GUILD_ID, mentions: [BOT] }
        : { channelId: DM_CHANNEL_ID }),
    });
    bot.fake.dispatch('MESSAGE_CREATE', message);
    const replies = () =>
      bot.fake.requests.filter(
        (r) => r.method === 'POST' && r.body?.message_reference?.message_id === message.id,
      );
    await expect.poll(() => replies().length).toBeGreaterThan(0);
    return replies()[0]?.body;
  }

  it('answers the red flag at the end of a long paste sent as message.txt', async () => {
    expect(LONG_PASTE.length).toBeGreaterThan(2000);
    const reply = await send({ content: '', file: textFile('paste-1', LONG_PASTE) });
    expect(reply.content.startsWith('🚨 **Chest pain or pressure can be a heart attack.')).toBe(true);
    expect(JSON.stringify(reply)).not.toContain('breakfast');
    expect(JSON.stringify(bot.logger.lines)).not.toContain('breakfast');
  });

  it('reads the file of a mention, without the mention, and answers in the channel', async () => {
    const reply = await send({
      content: `<@${BOT.id}>`,
      file: textFile('paste-2', 'what helps a sore throat'),
      guild: true,
    });
    expect(reply.embeds[0].title).toBe('Sore throat');
  });

  it.each([
    ['too big to read', 'paste-big', 'x'.repeat(17 * 1024), {}],
    ['not served (404)', 'paste-404', 'what helps a sore throat', { status: 404 }],
    ['never answered (time-out)', 'paste-hang', 'what helps a sore throat', { hang: true }],
  ] as const)(
    'says it could not read a file that is %s, with the emergency number',
    async (_, name, body, options) => {
      const reply = await send({ content: '', file: textFile(name, body, options) });
      expect(reply.content).toMatch(/could not read the attached file/);
      expect(reply.content).toMatch(/under 2,000 characters/);
      expect(reply.content).toContain('If this is an emergency, call 112 now.');
      expect(reply.content).not.toMatch(/Ask me a health question/);
      const event = bot.logger.lines.filter((line) => line.event === 'discord-attachment-unreadable');
      expect(event.at(-1)?.level).toBe('warn');
      if (name === 'paste-big') expect(bot.fake.fileFetches.get(name) ?? 0).toBe(0);
    },
  );

  it('still answers words typed beside an unreadable file, red flag first, then explains the file', async () => {
    const message = messageCreate({
      author: ALICE,
      channelId: DM_CHANNEL_ID,
      content: 'my dad has crushing chest pain and is sweating',
      attachments: [textFile('paste-gone', 'details', { status: 404 })],
    });
    bot.fake.dispatch('MESSAGE_CREATE', message);
    const first = await bot.fake.waitForRequest((r) => r.body?.message_reference?.message_id === message.id);
    expect(first.body.content).toMatch(/^🚨 \*\*Chest pain/);
    const after = () => bot.fake.requests.slice(bot.fake.requests.indexOf(first) + 1);
    await expect
      .poll(() => after().some((r) => /could not read the attached file/.test(r.body?.content ?? '')))
      .toBe(true);
  });
});
