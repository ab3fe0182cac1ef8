// Fixed texts vetted sends on Discord besides answers. None of them repeats what the person wrote.
import type { Answer } from '../../core/types.js';
import { type DiscordMessage, textMessage } from './discord-message.js';
import { escalationText, isAlarm } from './render-answer.js';

/** The emergency line under a reply that carries no answer, with the knowledge's own number. */
const emergencyHint = (emergencyNumber: string) => `If this is an emergency, call ${emergencyNumber} now.`;

export const REPLIES = {
  emptyQuestion: textMessage(
    'Ask me a health question after the mention, for example: "what are the symptoms of flu?" You can also message me directly or use `/ask`, which answers privately.',
  ),
  unknownButton: textMessage('That button is no longer available. Please ask your question again.'),
  unknownEntry: textMessage(
    'That answer is no longer in the knowledge base. Please ask your question again.',
  ),
  feedbackThanks: textMessage(
    'Thank you. Your feedback goes to the clinicians who keep these answers up to date.',
  ),
  unknownCommand: textMessage('I only know the `/ask` command.'),
} satisfies Record<string, DiscordMessage>;

/** Over the per-user limit (never sent for a message that escalated: those are always answered). */
export function rateLimited(emergencyNumber: string): DiscordMessage {
  return textMessage(
    `You have asked several questions in the last minute. Please wait a moment, then ask again. ${emergencyHint(emergencyNumber)}`,
  );
}

/** Answering failed: the person still learns where to turn. */
export function failed(emergencyNumber: string): DiscordMessage {
  return textMessage(
    `Sorry, I could not answer just now. Please try again in a moment. ${emergencyHint(emergencyNumber)}`,
  );
}

/** A pasted long message (message.txt) that could not be read: the red flag may be in it. */
export function attachmentUnreadable(emergencyNumber: string): DiscordMessage {
  return textMessage(
    `I could not read the attached file. Please type your question in under 2,000 characters, or in a few shorter messages. ${emergencyHint(emergencyNumber)}`,
  );
}

/**
 * The public reply to a mention the core marked sensitive: it points to a private channel and says
 * nothing about the question. An emergency or crisis escalation still comes first: a warning that
 * reveals no detail is worth more than privacy when a life may be at stake.
 */
export function sensitivePointer(answer: Answer, sentPrivately: boolean): DiscordMessage {
  const pointer = sentPrivately
    ? 'I have sent you my answer in a direct message, to keep your health details out of this channel. Next time, message me directly or use `/ask`, which answers only you.'
    : 'To keep your health details out of this channel, I will not answer here. Please use `/ask`, which answers only you, or message me directly (I could not send you a direct message: check that direct messages from server members are allowed).';
  const parts = isAlarm(answer.escalation) && answer.escalation ? [escalationText(answer.escalation)] : [];
  parts.push(pointer);
  return textMessage(parts.join('\n\n'));
}
