// A direct message to the app: reply in the DM (in the thread, if the question was asked in one).
import type { App } from '@slack/bolt';
import { channelKindOf, slackTextToPlain } from '../question-from-slack.js';
import { replyToQuestion } from '../reply-flow.js';
import type { ListenerDeps } from './listener-deps.js';

export function listenForDirectMessages(app: App, deps: ListenerDeps): void {
  app.event('message', async ({ event, body, client, context }) => {
    // Only new messages people type in a DM: no edits, joins, files or bot posts (our own included).
    if (event.subtype !== undefined || event.channel_type !== 'im' || event.bot_id) return;
    const text = slackTextToPlain(event.text ?? '', context.botUserId);
    if (!text) return;
    await replyToQuestion(
      deps,
      {
        client,
        requestId: body.event_id,
        channelKind: channelKindOf(event.channel, event.channel_type),
        target: {
          kind: 'message',
          channel: event.channel,
          ...(event.thread_ts ? { threadTs: event.thread_ts } : {}),
        },
        privateTarget: null,
        dmUrl: null,
      },
      text,
    );
  });
}
