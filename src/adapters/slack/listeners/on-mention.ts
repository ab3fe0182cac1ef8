// A mention in a channel: reply in a thread under the question (privately if the core says sensitive).
import type { App } from '@slack/bolt';
import { deliverReply } from '../deliver-reply.js';
import { channelKindOf, slackTextToPlain } from '../question-from-slack.js';
import { type Conversation, replyToQuestion } from '../reply-flow.js';
import { dmUrlFor, type ListenerDeps, USAGE_TEXT } from './listener-deps.js';

export function listenForMentions(app: App, deps: ListenerDeps): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    // Other bots and integrations: never answer (no bot-to-bot loops, nobody to reply to privately).
    if (event.bot_id || !event.user) return;
    const channelKind = channelKindOf(event.channel);
    const threadTs = event.thread_ts ?? event.ts;
    const talk: Conversation = {
      client,
      requestId: body.event_id,
      channelKind,
      target: { kind: 'message', channel: event.channel, threadTs },
      privateTarget:
        channelKind === 'direct'
          ? null
          : { kind: 'ephemeral', channel: event.channel, user: event.user, threadTs },
      dmUrl: dmUrlFor(body.api_app_id, body.team_id),
    };
    const text = slackTextToPlain(event.text, context.botUserId);
    if (!text) {
      await deliverReply(client, talk.target, { plainText: USAGE_TEXT }, () => {});
      return;
    }
    await replyToQuestion(deps, talk, text);
  });
}
