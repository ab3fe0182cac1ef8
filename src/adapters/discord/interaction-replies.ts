// Replying to an interaction within Discord's 3 seconds, whatever carries it (gateway or HTTP):
// answer at once when ready in time, otherwise acknowledge with a deferred reply and edit it later.
import type { DiscordMessage } from './discord-message.js';

/** How one interaction is answered; privacy (ephemeral or not) is fixed when it is created. */
export interface InteractionReplies {
  reply(message: DiscordMessage): Promise<void>;
  defer(): Promise<void>;
  editOriginal(message: DiscordMessage): Promise<void>;
  followUp(message: DiscordMessage): Promise<void>;
}

/** Discord drops interactions not acknowledged within 3 s; stay well inside it. */
export const DEFAULT_DEFER_AFTER_MS = 2500;

async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** `work` must not reject: turn failures into a message before passing it in. */
export async function replyInTime(
  replies: InteractionReplies,
  work: Promise<DiscordMessage[]>,
  deferAfterMs: number,
): Promise<void> {
  const inTime = await settlesWithin(work, deferAfterMs);
  if (!inTime) await replies.defer();
  const [first, ...rest] = await work;
  if (first) await (inTime ? replies.reply(first) : replies.editOriginal(first));
  for (const message of rest) await replies.followUp(message);
}
