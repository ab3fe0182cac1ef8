// `vetted discord register [--guild ID]`: registers the /ask slash command with Discord over REST.
// A guild registration shows up at once (good for trying it out); a global one reaches every server.
import { parseArgs } from 'node:util';
import { REST, Routes } from 'discord.js';
import { discordApiBase } from '../../adapters/discord/api-url.js';
import { commandsToRegister } from '../../adapters/discord/command-definition.js';
import { loadConfig } from '../../config.js';
import type { CliIo } from '../io.js';

export const DISCORD_REGISTER_USAGE = `Usage:
  vetted discord register [--guild ID]

Registers the /ask slash command for the application in DISCORD_APPLICATION_ID, using DISCORD_TOKEN
(and DISCORD_API_URL when set).

Options:
  --guild ID   register in one server only (appears at once); without it, globally
`;

const PORTAL = 'discord.com/developers/applications';

function discordEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // Only the Discord settings matter here; a half-configured Slack must not block this command.
  return Object.fromEntries(Object.entries(env).filter(([name]) => name.startsWith('DISCORD_')));
}

function failureMessage(error: unknown, apiBase: string, guild: string | undefined): string {
  const status = error && typeof error === 'object' && 'status' in error ? Number(error.status) : 0;
  if (status === 401) {
    return `Discord rejected DISCORD_TOKEN (401). Copy the bot token from "Bot" → "Reset Token" at ${PORTAL}.`;
  }
  if (status === 403 || status === 404) {
    return guild
      ? `Discord refused to register in server ${guild} (${status}). Check DISCORD_APPLICATION_ID, and that the bot was invited to that server with the applications.commands scope (see docs/discord.md).`
      : `Discord refused the registration (${status}). Check that DISCORD_APPLICATION_ID belongs to the same application as DISCORD_TOKEN.`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `Could not register the command at ${apiBase}: ${reason}. Check the network and DISCORD_API_URL (if set).`;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  let guild: string | undefined;
  try {
    const { values } = parseArgs({
      args,
      options: { guild: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout(DISCORD_REGISTER_USAGE);
      return 0;
    }
    guild = values.guild;
  } catch (error) {
    io.stderr(`vetted discord register: ${(error as Error).message}\n\n${DISCORD_REGISTER_USAGE}`);
    return 2;
  }
  if (guild !== undefined && !/^\d{15,22}$/.test(guild)) {
    io.stderr(
      'vetted discord register: --guild must be a server id (a long number). In Discord, turn on Developer Mode (User Settings → Advanced), right-click the server icon and choose "Copy Server ID".\n',
    );
    return 2;
  }

  const loaded = loadConfig(discordEnv(io.env));
  if (!loaded.ok) {
    io.stderr(`vetted: fix these settings first:\n${loaded.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return 1;
  }
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_API_URL } = loaded.config;
  const missing = [
    token ? null : `DISCORD_TOKEN is not set: copy the bot token from "Bot" → "Reset Token" at ${PORTAL}`,
    applicationId
      ? null
      : `DISCORD_APPLICATION_ID is not set: copy the Application ID from "General Information" at ${PORTAL}`,
  ].filter((problem) => problem !== null);
  if (!token || !applicationId) {
    io.stderr(`vetted discord register needs:\n${missing.map((p) => `  - ${p}`).join('\n')}\n`);
    return 1;
  }

  const apiBase = discordApiBase(DISCORD_API_URL);
  const rest = new REST({ api: apiBase, retries: 1, timeout: 15_000 }).setToken(
    token.replace(/^Bot\s+/i, ''),
  );
  const route = guild
    ? Routes.applicationGuildCommands(applicationId, guild)
    : Routes.applicationCommands(applicationId);
  try {
    await rest.put(route, { body: commandsToRegister(guild ? 'guild' : 'global') });
  } catch (error) {
    io.stderr(`vetted discord register: ${failureMessage(error, apiBase, guild)}\n`);
    return 1;
  }
  io.stdout(
    guild
      ? `Registered /ask in server ${guild}. It is available there now.\n`
      : 'Registered /ask globally. It can take a few minutes to appear in every server and in direct messages with the bot.\n',
  );
  return 0;
}
