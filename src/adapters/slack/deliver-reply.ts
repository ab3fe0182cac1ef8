// Posts a rendered reply where it belongs. If Slack refuses the blocks (or anything else about the
// rich message), the same reply goes again as plain text, so an escalation is never lost to layout.
import type { RespondFn, webApi } from '@slack/bolt';
import type { SlackMessage } from './render-blocks.js';

export type ReplyTarget =
  /** A visible message: in a DM, or in the thread under the question in a channel. */
  | { kind: 'message'; channel: string; threadTs?: string }
  /** Only `user` sees it (sensitive questions in channels). */
  | { kind: 'ephemeral'; channel: string; user: string; threadTs?: string }
  /** Through a slash command's or button's response_url, visible to the person only. */
  | { kind: 'respond'; respond: RespondFn };

export interface OutgoingReply {
  /** The rich reply; absent when rendering failed. */
  message?: SlackMessage;
  /** The whole reply as escaped plain text, escalation first: sent alone if the rich reply fails. */
  plainText: string;
}

export async function deliverReply(
  client: webApi.WebClient,
  target: ReplyTarget,
  reply: OutgoingReply,
  onRichFailure: (error: unknown) => void,
): Promise<void> {
  if (reply.message) {
    try {
      await send(client, target, reply.message);
      return;
    } catch (error) {
      onRichFailure(error);
    }
  }
  await send(client, target, { text: reply.plainText });
}

async function send(
  client: webApi.WebClient,
  target: ReplyTarget,
  content: { text: string; blocks?: SlackMessage['blocks'] },
) {
  // Sources are links: no unfurled previews crowding the answer.
  const quiet = { unfurl_links: false, unfurl_media: false } as const;
  const thread = (threadTs?: string) => (threadTs ? { thread_ts: threadTs } : {});
  switch (target.kind) {
    case 'message':
      await client.chat.postMessage({
        channel: target.channel,
        ...thread(target.threadTs),
        ...content,
        ...quiet,
      });
      return;
    case 'ephemeral':
      await client.chat.postEphemeral({
        channel: target.channel,
        user: target.user,
        ...thread(target.threadTs),
        ...content,
      });
      return;
    case 'respond':
      await target.respond({ response_type: 'ephemeral', replace_original: false, ...content, ...quiet });
      return;
  }
}
