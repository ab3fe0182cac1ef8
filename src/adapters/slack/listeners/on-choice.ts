// A clarify or "see also" button: reply with the chosen entry where the buttons were.
import { randomUUID } from 'node:crypto';
import type { App } from '@slack/bolt';
import { CHOOSE_ACTION } from '../action-ids.js';
import type { ReplyTarget } from '../deliver-reply.js';
import { channelKindOf } from '../question-from-slack.js';
import { replyWithEntry } from '../reply-flow.js';
import { dmUrlFor, type ListenerDeps } from './listener-deps.js';

export function listenForChoices(app: App, deps: ListenerDeps): void {
  app.action(
    { type: 'block_actions', action_id: CHOOSE_ACTION },
    async ({ ack, body, action, respond, client }) => {
      await ack();
      if (action.type !== 'button' || !action.value) return;
      const channel = body.channel?.id ?? body.container?.channel_id;
      const channelKind = channel ? channelKindOf(channel) : 'private';
      const privately: ReplyTarget = { kind: 'respond', respond };
      // Buttons on an ephemeral reply stay private; on a visible one, the choice goes to the same thread.
      const visible =
        body.message !== undefined && body.container?.is_ephemeral !== true && channel !== undefined;
      const threadTs = body.message?.thread_ts ?? (channelKind === 'direct' ? undefined : body.message?.ts);
      const target: ReplyTarget =
        visible && channel ? { kind: 'message', channel, ...(threadTs ? { threadTs } : {}) } : privately;
      await replyWithEntry(
        deps,
        {
          client,
          requestId: randomUUID(),
          channelKind,
          target,
          privateTarget: channelKind === 'direct' ? null : privately,
          dmUrl: dmUrlFor(body.api_app_id, body.team?.id),
        },
        action.value,
      );
    },
  );
}
