// The slash command: acknowledged at once, answered through response_url, only the person sees it.
import { randomUUID } from 'node:crypto';
import type { App } from '@slack/bolt';
import { deliverReply, type ReplyTarget } from '../deliver-reply.js';
import { channelKindOf, slackTextToPlain } from '../question-from-slack.js';
import { replyToQuestion } from '../reply-flow.js';
import { dmUrlFor, type ListenerDeps, USAGE_TEXT } from './listener-deps.js';

export function listenForCommand(app: App, deps: ListenerDeps): void {
  app.command(deps.command, async ({ command, ack, respond, client }) => {
    await ack();
    const target: ReplyTarget = { kind: 'respond', respond };
    const text = slackTextToPlain(command.text ?? '');
    if (!text) {
      await deliverReply(client, target, { plainText: USAGE_TEXT }, () => {});
      return;
    }
    const channelKind = channelKindOf(
      command.channel_id,
      command.channel_name === 'directmessage' ? 'im' : undefined,
    );
    await replyToQuestion(
      deps,
      {
        client,
        requestId: randomUUID(),
        channelKind,
        target,
        // Already private; naming it lets a sensitive answer carry the "continue in a DM" note.
        privateTarget: channelKind === 'direct' ? null : target,
        dmUrl: dmUrlFor(command.api_app_id, command.team_id),
      },
      text,
    );
  });
}
