// Slash commands and button clicks that arrive over the gateway, answered with discord.js.
import { type Interaction, MessageFlags, type RepliableInteraction } from 'discord.js';
import { ASK_COMMAND } from './command-definition.js';
import { toDiscordJsOptions } from './discord-message.js';
import {
  handleAskCommand,
  handleButton,
  handleUnknownCommand,
  type InteractionDeps,
  type InteractionSource,
} from './interaction-handlers.js';
import type { InteractionReplies } from './interaction-replies.js';

function repliesFor(interaction: RepliableInteraction, ephemeral: boolean): InteractionReplies {
  const flags = ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
  return {
    async reply(message) {
      await interaction.reply({ ...toDiscordJsOptions(message), ...flags });
    },
    async defer() {
      await interaction.deferReply(flags);
    },
    async editOriginal(message) {
      await interaction.editReply(toDiscordJsOptions(message));
    },
    async followUp(message) {
      await interaction.followUp({ ...toDiscordJsOptions(message), ...flags });
    },
  };
}

export async function handleGatewayInteraction(
  deps: InteractionDeps,
  interaction: Interaction,
): Promise<void> {
  if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
  const source: InteractionSource = {
    id: interaction.id,
    userId: interaction.user.id,
    inGuild: interaction.inGuild(),
  };
  // In a server every reply is ephemeral: only the person who asked or clicked sees it.
  const replies = repliesFor(interaction, source.inGuild);
  if (interaction.isButton()) return handleButton(deps, replies, source, interaction.customId);
  if (interaction.commandName !== ASK_COMMAND.name) return handleUnknownCommand(deps, replies);
  const text = interaction.options.getString(ASK_COMMAND.options[0].name) ?? '';
  return handleAskCommand(deps, replies, source, text);
}
