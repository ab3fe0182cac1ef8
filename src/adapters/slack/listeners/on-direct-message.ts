// A direct message to the app: reply in the DM (in the thread, if the question was asked in one).
// A message with a file is answered like any other when it has words. An edited message is triaged
// again: when the edit raises the red-flag level (someone adds "and now he can't breathe"), the answer
// to the new words goes in a thread under it; a typo fix stays quiet, so nobody gets the answer twice.
import type { App } from '@slack/bolt';
import type { AnswerService } from '../../../core/answer-service.js';
import type { TriageLevel } from '../../../core/types.js';
import { channelKindOf, slackTextToPlain } from '../question-from-slack.js';
import { replyToQuestion } from '../reply-flow.js';
import type { ListenerDeps } from './listener-deps.js';

/** Subtypes that are still a person's own new message. */
const NEW_MESSAGE_SUBTYPES = new Set([undefined, 'file_share']);

interface EditedMessage {
  text?: string;
  user?: string;
  bot_id?: string;
  ts?: string;
  thread_ts?: string;
}

export function listenForDirectMessages(app: App, deps: ListenerDeps): void {
  app.event('message', async ({ event, body, client, context }) => {
    if (event.channel_type !== 'im') return;
    const raw = event as unknown as {
      subtype?: string;
      bot_id?: string;
      text?: string;
      thread_ts?: string;
      ts: string;
      message?: EditedMessage;
      previous_message?: EditedMessage;
    };
    const talk = (threadTs: string | undefined) => ({
      client,
      requestId: body.event_id,
      channelKind: channelKindOf(event.channel, event.channel_type),
      target: { kind: 'message' as const, channel: event.channel, ...(threadTs ? { threadTs } : {}) },
      privateTarget: null,
      dmUrl: null,
    });

    if (raw.subtype === 'message_changed') {
      const edited = raw.message;
      // Edits of bot posts (ours included) and unfurls that leave the words alone: nothing to do.
      if (!edited || edited.bot_id || !edited.user) return;
      const text = slackTextToPlain(edited.text ?? '', context.botUserId);
      const before = slackTextToPlain(raw.previous_message?.text ?? '', context.botUserId);
      if (!text || text === before || !raisesRedFlag(deps.answers, before, text)) return;
      await replyToQuestion(deps, talk(edited.thread_ts ?? edited.ts), text);
      return;
    }

    // Only messages people write: no joins, deletions or bot posts (our own included).
    if (!NEW_MESSAGE_SUBTYPES.has(raw.subtype) || raw.bot_id) return;
    const text = slackTextToPlain(raw.text ?? '', context.botUserId);
    if (!text) return;
    await replyToQuestion(deps, talk(raw.thread_ts), text);
  });
}

const RANK: Record<TriageLevel, number> = { urgent: 1, crisis: 2, emergency: 2 };

/**
 * Whether the edited words call for more than the first answer gave: a higher triage level, or an
 * emergency or crisis that differs from before. If triage cannot run, answer: a repeat is better
 * than a missed emergency.
 */
export function raisesRedFlag(answers: AnswerService, before: string, after: string): boolean {
  try {
    const was = before ? (answers.explain(before).triage?.level ?? null) : null;
    const now = answers.explain(after).triage?.level ?? null;
    if (now === null || now === was) return false;
    return was === null || RANK[now] > RANK[was] || now === 'emergency' || now === 'crisis';
  } catch {
    return true;
  }
}
