// One outgoing Discord message in raw API shape, and its two wire forms: the REST/HTTP body
// (snake_case) and discord.js options. Both always carry "no pings": user text never mentions anyone.
import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  MessageCreateOptions,
} from 'discord.js';

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

export function textMessage(content: string): DiscordMessage {
  return { content, embeds: [], components: [] };
}

/** Body for REST calls and HTTP interaction responses. */
export function toApiBody(message: DiscordMessage, flags?: number) {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: [] as never[] },
    ...(flags ? { flags } : {}),
  };
}

/** Options for discord.js send/reply/followUp. `repliedUser: false`: replying does not ping the asker either. */
export function toDiscordJsOptions(message: DiscordMessage) {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: { parse: [], repliedUser: false },
  } satisfies MessageCreateOptions;
}
