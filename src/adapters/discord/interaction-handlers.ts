// What vetted does with a slash command or a button click, whichever way the interaction arrived.
import type { FeedbackStore } from '../../core/feedback.js';
import type { ChannelKind } from '../../core/types.js';
import { type AskDeps, type Asker, askQuestion } from './ask-question.js';
import { parseCustomId } from './custom-id.js';
import type { DiscordMessage } from './discord-message.js';
import { type InteractionReplies, replyInTime } from './interaction-replies.js';
import { renderAnswer } from './render-answer.js';
import { failed, REPLIES, rateLimited } from './replies.js';

export interface InteractionDeps extends AskDeps {
  feedback: FeedbackStore;
  deferAfterMs: number;
  /** The emergency number of the knowledge being served (settings.yaml), for replies without an answer. */
  emergencyNumber: () => string;
  now?: () => Date;
}

/** Who clicked or asked, and where; `inGuild` interactions are answered ephemerally. */
export interface InteractionSource {
  id: string;
  userId: string;
  inGuild: boolean;
}

function askerOf(source: InteractionSource): Asker {
  // In a server the reply is ephemeral: the exchange is private even in a public channel.
  const channelKind: ChannelKind = source.inGuild ? 'private' : 'direct';
  return { userId: source.userId, channelKind, requestId: source.id };
}

/** Failures become a polite message so that the interaction is always answered. */
async function safely(deps: InteractionDeps, requestId: string, work: () => Promise<DiscordMessage[]>) {
  try {
    return await work();
  } catch (error) {
    deps.logger.error(
      { event: 'discord-interaction-failed', requestId, platform: 'discord', errorCode: codeOf(error) },
      'answering a Discord interaction failed',
    );
    return [failed(deps.emergencyNumber())];
  }
}

export function codeOf(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String(error.code);
  return error instanceof Error ? error.name : 'unknown';
}

export async function handleAskCommand(
  deps: InteractionDeps,
  replies: InteractionReplies,
  source: InteractionSource,
  text: string,
): Promise<void> {
  const work = safely(deps, source.id, async () => {
    const result = await askQuestion(deps, text.trim(), askerOf(source));
    if (result.kind === 'empty') return [REPLIES.emptyQuestion];
    if (result.kind === 'rate-limited') return [rateLimited(deps.emergencyNumber())];
    return renderAnswer(result.answer);
  });
  await replyInTime(replies, work, deps.deferAfterMs);
}

export async function handleButton(
  deps: InteractionDeps,
  replies: InteractionReplies,
  source: InteractionSource,
  customId: string,
): Promise<void> {
  const work = safely(deps, source.id, async () => {
    const action = parseCustomId(customId);
    if (!action) return [REPLIES.unknownButton];
    if (action.kind === 'feedback') {
      const at = (deps.now?.() ?? new Date()).toISOString();
      await deps.feedback.record({
        entryId: action.entryId,
        helpful: action.helpful,
        platform: 'discord',
        at,
      });
      deps.logger.info({
        event: 'discord-feedback',
        requestId: source.id,
        platform: 'discord',
        entry: action.entryId,
      });
      return [REPLIES.feedbackThanks];
    }
    if (!deps.limiter.take(source.userId)) return [rateLimited(deps.emergencyNumber())];
    const { channelKind, requestId } = askerOf(source);
    const answer = await deps.answers.answerEntry(action.entryId, {
      platform: 'discord',
      channelKind,
      requestId,
    });
    return answer ? renderAnswer(answer) : [REPLIES.unknownEntry];
  });
  await replyInTime(replies, work, deps.deferAfterMs);
}

export async function handleUnknownCommand(
  deps: InteractionDeps,
  replies: InteractionReplies,
): Promise<void> {
  await replyInTime(replies, Promise.resolve([REPLIES.unknownCommand]), deps.deferAfterMs);
}
