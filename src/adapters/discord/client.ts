// The discord.js client vetted needs: no privileged intents. Without Message Content, Discord still
// delivers the text of messages that mention the bot and of direct messages, which is all vetted reads.
import { Client, GatewayIntentBits, Partials } from 'discord.js';

export function createDiscordClient(apiBase: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // Direct messages arrive in channels discord.js has not cached: without this they are dropped.
    partials: [Partials.Channel],
    rest: { api: apiBase },
    // Belt and braces: nothing vetted sends may ping, whatever a reply's own options say.
    allowedMentions: { parse: [], repliedUser: false },
  });
}
