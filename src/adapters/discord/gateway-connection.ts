// Logs the bot in and keeps watch over the gateway. Close codes discord.js will not retry (bad token,
// disallowed intents, ...) end the start, or call onFatal once running. A Discord that cannot be reached
// must not hold vetted up: a failed login (REST) is retried with backoff by the connect loop, and a
// gateway that does not answer (discord.js retries it on its own, and login() then never settles) lets
// start() return after a short wait.
import { type Client, Events } from 'discord.js';
import type { Logger } from '../../core/logger.js';
import { type Backoff, createConnectLoop } from '../shared/connect-loop.js';
import { fatalCloseMessage, isFatalCloseCode, loginRefusal, unreachableMessage } from './fatal-close.js';

export interface GatewayConnectionDeps {
  client: Client;
  token: string;
  /** For messages: where the REST API is (DISCORD_API_URL). */
  apiBase: string;
  logger: Logger;
  onFatal: (message: string) => void;
  /** Told whenever the gateway becomes connected or not (the vetted_platform_connected gauge). */
  onConnection?: (connected: boolean) => void;
  backoff?: Backoff;
  startWaitMs?: number;
}

export interface GatewayConnection {
  /** Resolves when ready, after a failure worth retrying, or after the start wait; rejects when Discord refused. */
  start(): Promise<void>;
  stop(): Promise<void>;
  connected(): boolean;
}

export function createGatewayConnection(deps: GatewayConnectionDeps): GatewayConnection {
  const { client, logger } = deps;
  let ready = false;
  let connected = false;
  let fatalCode: number | null = null;
  const setConnected = (value: boolean) => {
    if (value === connected) return;
    connected = value;
    deps.onConnection?.(value);
  };

  client.on(Events.ShardDisconnect, (event) => {
    setConnected(false);
    if (!isFatalCloseCode(event.code)) return;
    fatalCode = event.code;
    logger.error({ event: 'discord-gateway-closed', platform: 'discord', errorCode: String(event.code) });
    if (ready) deps.onFatal(fatalCloseMessage(event.code));
  });
  client.on(Events.ShardReconnecting, () => setConnected(false));
  client.on(Events.ShardResume, () => {
    setConnected(true);
    logger.info({ event: 'discord-gateway-resumed', platform: 'discord' });
  });
  // A new session after a reconnect (ClientReady fires only once).
  client.on(Events.ShardReady, () => {
    if (ready) setConnected(true);
  });
  // Without listeners these would crash the process; discord.js recovers from them itself.
  client.on(Events.ShardError, (error) =>
    logger.warn({ event: 'discord-gateway-error', platform: 'discord', errorCode: error.name }),
  );
  client.on(Events.Error, (error) =>
    logger.error({ event: 'discord-client-error', platform: 'discord', errorCode: error.name }),
  );

  const loop = createConnectLoop({
    connect: async (signal) => {
      const whenReady = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      const stopped = new Promise<never>((_, reject) =>
        signal.addEventListener('abort', () => reject(new Error('stopped')), { once: true }),
      );
      await Promise.race([client.login(deps.token).then(() => whenReady), stopped]);
    },
    refusal: (error) => loginRefusal(error, fatalCode),
    onRetry: (error, delayMs, failures) =>
      logger.warn(
        {
          event: 'discord-unreachable',
          platform: 'discord',
          errorCode: codeOf(error),
          count: failures,
          ms: delayMs,
        },
        unreachableMessage(error, deps.apiBase, delayMs),
      ),
    onConnected: () => {
      ready = true;
      setConnected(true);
      logger.info({ event: 'discord-ready', platform: 'discord', count: client.guilds.cache.size });
    },
    onStillConnecting: () =>
      logger.warn(
        { event: 'discord-connecting', platform: 'discord' },
        'Still connecting to the Discord gateway; vetted serves meanwhile and discord.js keeps trying. Check that this machine can open WebSocket connections to Discord.',
      ),
    onFatal: deps.onFatal,
    ...(deps.backoff ? { backoff: deps.backoff } : {}),
    ...(deps.startWaitMs !== undefined ? { startWaitMs: deps.startWaitMs } : {}),
  });

  return {
    start: () => loop.start(),
    stop: () => loop.stop(),
    connected: () => connected,
  };
}

function codeOf(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String(error.code);
  return error instanceof Error ? error.name : 'unknown';
}
