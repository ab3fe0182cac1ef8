// Slack event -> Question. The text is only handed to the core, never echoed, logged or stored.
import type { ChannelKind, Question } from '../../core/types.js';

/**
 * Slack's message markup back to the words a person typed: mentions of the bot removed, other
 * mentions and links reduced to their labels, entities decoded.
 */
export function slackTextToPlain(text: string, botUserId?: string): string {
  return text
    .replace(/<@([A-Z0-9]+)(?:\|[^>]*)?>/gi, (_, id: string) => (id === botUserId ? '' : 'someone'))
    .replace(/<#[A-Z0-9]+\|([^>]*)>/gi, '$1')
    .replace(/<![^>|]*(?:\|([^>]*))?>/g, (_, label?: string) => label ?? '')
    .replace(/<([^>|]+)\|([^>]*)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Where a message was posted. `channel_type` when Slack sends it (message events, slash commands
 * say "directmessage"), else the id prefix: D = direct message, G = private channel or group DM.
 */
export function channelKindOf(channelId: string, channelType?: string): ChannelKind {
  if (channelType === 'im' || channelType === 'directmessage') return 'direct';
  if (channelType === 'mpim' || channelType === 'group' || channelType === 'privategroup') return 'private';
  if (channelType === 'channel') return 'public';
  if (channelId.startsWith('D')) return 'direct';
  if (channelId.startsWith('G')) return 'private';
  return 'public';
}

export function questionFromSlack(text: string, channelKind: ChannelKind, requestId: string): Question {
  return { text, platform: 'slack', channelKind, requestId };
}
