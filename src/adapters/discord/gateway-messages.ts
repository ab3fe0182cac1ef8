// Mentions and direct messages over the gateway. A mention gets a reply to that message; a mention
// the core marks sensitive gets a short public pointer and the answer in a direct message.
import type { Message } from 'discord.js';
import type { Answer } from '../../core/types.js';
import { type AskDeps, askQuestion } from './ask-question.js';
import { type AttachmentInfo, readTextAttachment, textAttachmentOf } from './attachment-text.js';
import { type DiscordMessage, toDiscordJsOptions } from './discord-message.js';
import { codeOf } from './interaction-handlers.js';
import { questionText } from './question-text.js';
import { renderAnswer } from './render-answer.js';
import { attachmentUnreadable, failed, REPLIES, rateLimited, sensitivePointer } from './replies.js';

export interface MessageDeps extends AskDeps {
  /** The emergency number of the knowledge being served (settings.yaml). */
  emergencyNumber: () => string;
  attachmentTimeoutMs?: number;
}

/** Whether vetted should answer this message at all. */
export function isAddressedToBot(message: Message, botId: string): boolean {
  if (message.author.bot || message.system || message.webhookId) return false;
  return !message.inGuild() || message.mentions.users.has(botId);
}

async function replyWith(message: Message, messages: DiscordMessage[]): Promise<void> {
  const [first, ...rest] = messages;
  if (!first) return;
  await message.reply(toDiscordJsOptions(first));
  for (const next of rest) {
    if (message.channel.isSendable()) await message.channel.send(toDiscordJsOptions(next));
  }
}

/** Sends the answer to the author's DMs; false when they do not accept direct messages. */
async function sendPrivately(message: Message, answer: Answer): Promise<boolean> {
  try {
    for (const part of renderAnswer(answer)) await message.author.send(toDiscordJsOptions(part));
    return true;
  } catch {
    return false;
  }
}

/**
 * The message's words plus the text of an attached plain-text file (a long paste), or null when
 * there was such a file and it could not be read.
 */
async function wordsOf(deps: MessageDeps, message: Message): Promise<{ text: string; unreadFile: boolean }> {
  const files: AttachmentInfo[] = [...message.attachments.values()].map((file) => ({
    url: file.url,
    size: file.size,
    contentType: file.contentType,
    name: file.name,
  }));
  const file = textAttachmentOf(files);
  if (!file) return { text: questionText(message.content), unreadFile: false };
  const read = await readTextAttachment(
    file,
    deps.attachmentTimeoutMs ? { timeoutMs: deps.attachmentTimeoutMs } : {},
  );
  if (read.ok) return { text: questionText(`${message.content}\n${read.text}`), unreadFile: false };
  deps.logger.warn({
    event: 'discord-attachment-unreadable',
    requestId: message.id,
    platform: 'discord',
    errorCode: read.reason,
  });
  return { text: questionText(message.content), unreadFile: true };
}

export async function handleMessage(deps: MessageDeps, message: Message, botId: string): Promise<void> {
  if (!isAddressedToBot(message, botId)) return;
  const direct = !message.inGuild();
  const requestId = message.id;
  try {
    const { text, unreadFile } = await wordsOf(deps, message);
    const unreadable = attachmentUnreadable(deps.emergencyNumber());
    // Nothing else to go on: say so (with the emergency line), rather than the usual hint.
    if (unreadFile && !text) return await replyWith(message, [unreadable]);
    // Words typed beside the file are still answered (triage first), then the file is explained.
    const trailing = unreadFile ? [unreadable] : [];
    const result = await askQuestion(deps, text, {
      userId: message.author.id,
      channelKind: direct ? 'direct' : 'public',
      requestId,
    });
    if (result.kind === 'empty') return await replyWith(message, [REPLIES.emptyQuestion]);
    if (result.kind === 'rate-limited')
      return await replyWith(message, [rateLimited(deps.emergencyNumber()), ...trailing]);
    const { answer } = result;
    if (!direct && answer.sensitive) {
      const sent = await sendPrivately(message, answer);
      deps.logger.info({
        event: sent ? 'discord-sent-privately' : 'discord-direct-message-refused',
        requestId,
        platform: 'discord',
        sensitive: true,
      });
      return await replyWith(message, [sensitivePointer(answer, sent), ...trailing]);
    }
    await replyWith(message, [...renderAnswer(answer), ...trailing]);
  } catch (error) {
    deps.logger.error(
      { event: 'discord-message-failed', requestId, platform: 'discord', errorCode: codeOf(error) },
      'answering a Discord message failed',
    );
    await replyWith(message, [failed(deps.emergencyNumber())]).catch(() => {});
  }
}
