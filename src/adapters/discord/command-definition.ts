// The `/ask question:<text>` slash command, as registered with Discord.
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';

export const ASK_COMMAND = {
  name: 'ask',
  type: ApplicationCommandType.ChatInput,
  description: 'Ask a health question. In a server, only you see the answer.',
  options: [
    {
      name: 'question',
      type: ApplicationCommandOptionType.String,
      description: 'Your question, e.g. "how long does a cold last?"',
      required: true,
      // As long as a web question (Discord allows up to 6,000): a cut-off end may hold the red flag.
      max_length: 2000,
    },
  ],
} as const;

/** Global registration also allows the command in direct messages with the bot (contexts 0 and 1). */
export function commandsToRegister(scope: 'global' | 'guild') {
  return scope === 'global' ? [{ ...ASK_COMMAND, contexts: [0, 1], integration_types: [0] }] : [ASK_COMMAND];
}
