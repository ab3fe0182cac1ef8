// Logs the bot in and keeps watch over the gateway. Reconnecting is discord.js's job; close codes it
// will not retry (bad token, disallowed intents, ...) end the start, or call onFatal once running.
import { type Client, Events } from 'discord.js';
import type { Logger } from '../../core/logger.js';
import { fatalCloseMessage, isFatalCloseCode, loginFailureMessage } from './fatal-close.js';

export interface GatewayConnectionDeps {
  client: Client;
  token: string;
  logger: Logger;
  onFatal: (message: string) => void;
}

/** Resolves when every server is loaded (ClientReady); rejects with an operator-readable Error. */
export async function connectGateway(deps: GatewayConnectionDeps): Promise<void> {
  const { client, logger } = deps;
  let ready = false;
  let fatalCode: number | null = null;

  client.on(Events.ShardDisconnect, (event) => {
    if (!isFatalCloseCode(event.code)) return;
    fatalCode = event.code;
    logger.error({ event: 'discord.gateway-closed', platform: 'discord', errorCode: String(event.code) });
    if (ready) deps.onFatal(fatalCloseMessage(event.code));
  });
  client.on(Events.ShardResume, () => logger.info({ event: 'discord.gateway-resumed', platform: 'discord' }));
  // Without listeners these would crash the process; discord.js recovers from them itself.
  client.on(Events.ShardError, (error) =>
    logger.warn({ event: 'discord.gateway-error', platform: 'discord', errorCode: error.name }),
  );
  client.on(Events.Error, (error) =>
    logger.error({ event: 'discord.client-error', platform: 'discord', errorCode: error.name }),
  );

  const whenReady = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(deps.token);
  } catch (error) {
    throw new Error(loginFailureMessage(error, fatalCode));
  }
  await whenReady;
  ready = true;
  logger.info({ event: 'discord.ready', platform: 'discord', count: client.guilds.cache.size });
}
