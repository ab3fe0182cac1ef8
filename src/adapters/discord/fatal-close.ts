// Gateway failures that retrying cannot fix: each becomes one message saying what to change.
const PORTAL = 'discord.com/developers/applications';

const TOKEN_REJECTED = `Discord rejected DISCORD_TOKEN. Open your application at ${PORTAL}, go to "Bot", press "Reset Token", and set DISCORD_TOKEN to the new token (the bot token, not the client secret or public key).`;

const BY_CODE: Record<number, string> = {
  4004: `${TOKEN_REJECTED} (gateway close code 4004: authentication failed)`,
  4010: 'Discord closed the gateway with code 4010 (invalid shard). vetted runs one shard; check for a proxy rewriting the gateway connection.',
  4011: 'Discord closed the gateway with code 4011 (sharding required): the bot is in too many servers for one connection. vetted does not shard yet; please open an issue.',
  4012: 'Discord closed the gateway with code 4012 (invalid API version). Check DISCORD_API_URL: it should point to the Discord API (https://discord.com/api) or a proxy for it.',
  4013: 'Discord closed the gateway with code 4013 (invalid intents). This is a bug in vetted; please open an issue.',
  4014: `Discord closed the gateway with code 4014 (disallowed intents). vetted asks for no privileged intents, so the application was probably changed: under "Bot" at ${PORTAL}, check the Privileged Gateway Intents, or that the token belongs to the right application.`,
};

/** Close codes discord.js will not retry; vetted stops the process on them. */
export function isFatalCloseCode(code: number): boolean {
  return code in BY_CODE;
}

export function fatalCloseMessage(code: number): string {
  return BY_CODE[code] ?? `Discord closed the gateway with code ${code}.`;
}

/**
 * The operator's message when `client.login()` failed because Discord refused (a fatal close code,
 * or 401 from the REST API); null for failures worth retrying (network, Discord having trouble).
 */
export function loginRefusal(error: unknown, closeCode: number | null): string | null {
  if (closeCode !== null && isFatalCloseCode(closeCode)) return fatalCloseMessage(closeCode);
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  const status = error && typeof error === 'object' && 'status' in error ? Number(error.status) : 0;
  if (code === 'TokenInvalid' || status === 401) return `${TOKEN_REJECTED} (the REST API answered 401)`;
  return null;
}

/** Logged (never fatal) while Discord cannot be reached. Names the URL and the setting, never content. */
export function unreachableMessage(error: unknown, apiBase: string, retryInMs: number): string {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  const status = error && typeof error === 'object' && 'status' in error ? Number(error.status) : 0;
  // Library and network messages only (e.g. "connect ECONNREFUSED"): never anything a person wrote.
  const reason =
    code || (status ? `HTTP ${status}` : error instanceof Error ? error.message.slice(0, 120) : 'unknown');
  const seconds = Math.max(1, Math.round(retryInMs / 1000));
  return `Could not reach Discord at ${apiBase} (${reason}); retrying in ${seconds} s while the rest of vetted runs. Check the network, or DISCORD_API_URL if it is set.`;
}
