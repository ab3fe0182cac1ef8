// One question (or one chosen entry) from Slack to a reply: ask the core, choose public or private,
// render, deliver. Every failure still ends in a reply that points to care.
import type { webApi } from '@slack/bolt';
import type { AnswerService } from '../../core/answer-service.js';
import type { Logger } from '../../core/logger.js';
import type { Answer, ChannelKind } from '../../core/types.js';
import { deliverReply, type OutgoingReply, type ReplyTarget } from './deliver-reply.js';
import { codeOf } from './error-code.js';
import { type CareGuidance, ENTRY_GONE_TEXT, failureReplyText } from './failure-reply.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { fallbackText, type RenderOptions, renderAnswer } from './render-blocks.js';
import { SLACK_LIMITS, truncate } from './slack-limits.js';

export interface ReplyFlowDeps {
  answers: AnswerService;
  logger: Logger;
  guidance: () => CareGuidance;
}

export interface Conversation {
  client: webApi.WebClient;
  requestId: string;
  channelKind: ChannelKind;
  /** Where a normal reply goes. */
  target: ReplyTarget;
  /** Where a sensitive reply goes instead when `target` is visible to others; null when already private. */
  privateTarget: ReplyTarget | null;
  /** Link that opens a DM with the app, offered with private replies. */
  dmUrl: string | null;
}

export async function replyToQuestion(deps: ReplyFlowDeps, talk: Conversation, text: string): Promise<void> {
  await reply(deps, talk, () =>
    deps.answers.answer({
      text,
      platform: 'slack',
      channelKind: talk.channelKind,
      requestId: talk.requestId,
    }),
  );
}

export async function replyWithEntry(
  deps: ReplyFlowDeps,
  talk: Conversation,
  entryId: string,
): Promise<void> {
  await reply(deps, talk, () =>
    deps.answers.answerEntry(entryId, {
      platform: 'slack',
      channelKind: talk.channelKind,
      requestId: talk.requestId,
    }),
  );
}

async function reply(deps: ReplyFlowDeps, talk: Conversation, ask: () => Promise<Answer | null>) {
  const { logger } = deps;
  let answer: Answer | null;
  try {
    answer = await ask();
  } catch (error) {
    logger.error({
      event: 'slack-answer-failed',
      requestId: talk.requestId,
      platform: 'slack',
      errorCode: codeOf(error),
    });
    // Unknown whether the question was sensitive: keep the apology private where possible.
    await send(deps, talk, talk.privateTarget ?? talk.target, {
      plainText: failureReplyText(deps.guidance()),
    });
    return;
  }
  if (answer === null) {
    await send(deps, talk, talk.privateTarget ?? talk.target, { plainText: escapeMrkdwn(ENTRY_GONE_TEXT) });
    return;
  }

  const goPrivate = answer.sensitive && talk.privateTarget !== null;
  const options: RenderOptions = goPrivate ? { privateNotice: { dmUrl: talk.dmUrl } } : {};
  await send(
    deps,
    talk,
    goPrivate && talk.privateTarget ? talk.privateTarget : talk.target,
    render(deps, talk, answer, options),
  );
}

function render(
  deps: ReplyFlowDeps,
  talk: Conversation,
  answer: Answer,
  options: RenderOptions,
): OutgoingReply {
  let plainText: string;
  try {
    plainText = fallbackText(answer, options, SLACK_LIMITS.textOnlyMessage);
  } catch {
    plainText = truncate(escapeMrkdwn(answer.text), SLACK_LIMITS.textOnlyMessage);
  }
  try {
    return { message: renderAnswer(answer, options), plainText };
  } catch (error) {
    deps.logger.error({
      event: 'slack-render-failed',
      requestId: talk.requestId,
      platform: 'slack',
      errorCode: codeOf(error),
    });
    return { plainText };
  }
}

async function send(deps: ReplyFlowDeps, talk: Conversation, target: ReplyTarget, outgoing: OutgoingReply) {
  const fields = { requestId: talk.requestId, platform: 'slack' as const };
  try {
    await deliverReply(talk.client, target, outgoing, (error) =>
      deps.logger.warn({ event: 'slack-rich-reply-refused', ...fields, errorCode: codeOf(error) }),
    );
  } catch (error) {
    deps.logger.error({ event: 'slack-reply-failed', ...fields, errorCode: codeOf(error) });
  }
}
