// DISCORD_API_URL is the REST base without the version (discord.js adds /v10), e.g.
// https://discord.com/api or a REST proxy. Operators sometimes paste it with /v10 or a slash: accept both.
export const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';

export function discordApiBase(configured: string | undefined): string {
  if (!configured) return DEFAULT_DISCORD_API_URL;
  return configured.replace(/\/+$/, '').replace(/\/v\d+$/, '');
}
