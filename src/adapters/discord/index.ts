// Discord adapter: the gateway bot (mentions, DMs, /ask, buttons) when DISCORD_TOKEN is set, and the
// HTTP interactions endpoint when DISCORD_PUBLIC_KEY is set. Null when neither is configured.
import { Events, REST } from 'discord.js';
import { type Config, discordSettingsProblems } from '../../config.js';
import type { AnswerService } from '../../core/answer-service.js';
import type { FeedbackStore } from '../../core/feedback.js';
import { DEFAULT_SETTINGS } from '../../core/knowledge/default-settings.js';
import type { Logger } from '../../core/logger.js';
import type { KnowledgeSettings } from '../../core/types.js';
import type { PlatformAdapter } from '../adapter.js';
import type { Backoff } from '../shared/connect-loop.js';
import { discordApiBase } from './api-url.js';
import { createDiscordClient } from './client.js';
import { createGatewayConnection, type GatewayConnection } from './gateway-connection.js';
import { handleGatewayInteraction } from './gateway-interactions.js';
import { handleMessage, type MessageDeps } from './gateway-messages.js';
import { codeOf, type InteractionDeps } from './interaction-handlers.js';
import { DEFAULT_DEFER_AFTER_MS } from './interaction-replies.js';
import { discordInteractionsRoutes } from './interactions-route.js';
import { createUserRateLimiter } from './user-rate-limiter.js';
import { createSignatureVerifier } from './verify-signature.js';

export interface DiscordAdapterDeps {
  config: Config;
  answers: AnswerService;
  feedback: FeedbackStore;
  logger: Logger;
  /**
   * Called once when the gateway closes for good while running (e.g. the token was revoked).
   * main.ts should log the message, shut down and exit 1. Default: print it and exit 1.
   */
  onFatal?: (message: string) => void;
  /** Told whenever the gateway becomes connected or not (the vetted_platform_connected gauge). */
  onConnection?: (connected: boolean) => void;
  /** The live knowledge settings: the emergency number in fixed replies. Defaults to the US defaults. */
  guidance?: () => Pick<KnowledgeSettings, 'emergencyNumber'>;
  /** Tests shorten this to exercise deferred replies. */
  deferAfterMs?: number;
  /** Tests shorten the waits between login attempts, the start wait and the attachment timeout. */
  tuning?: { backoff?: Backoff; startWaitMs?: number; attachmentTimeoutMs?: number };
}

function exitOnFatal(message: string): void {
  process.stderr.write(`vetted: ${message}\n`);
  process.exit(1);
}

export function createDiscordAdapter(deps: DiscordAdapterDeps): PlatformAdapter | null {
  const { config, logger } = deps;
  if (!config.DISCORD_TOKEN && !config.DISCORD_PUBLIC_KEY) return null;

  const apiBase = discordApiBase(config.DISCORD_API_URL);
  const inFlight = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    const settled = work.catch(() => {}).finally(() => inFlight.delete(settled));
    inFlight.add(settled);
  };
  let stopping = false;
  const handlerDeps: InteractionDeps = {
    answers: deps.answers,
    feedback: deps.feedback,
    logger,
    limiter: createUserRateLimiter(config.DISCORD_USER_RATE_LIMIT_PER_MINUTE),
    deferAfterMs: deps.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    emergencyNumber: () => (deps.guidance ?? (() => DEFAULT_SETTINGS))().emergencyNumber,
  };
  const messageDeps: MessageDeps = {
    ...handlerDeps,
    ...(deps.tuning?.attachmentTimeoutMs ? { attachmentTimeoutMs: deps.tuning.attachmentTimeoutMs } : {}),
  };
  let gateway: GatewayConnection | undefined;
  const problems = discordSettingsProblems(config);
  const client = config.DISCORD_TOKEN ? createDiscordClient(apiBase) : null;

  const routes =
    config.DISCORD_PUBLIC_KEY && config.DISCORD_APPLICATION_ID && problems.length === 0
      ? discordInteractionsRoutes({
          ...handlerDeps,
          verify: createSignatureVerifier(config.DISCORD_PUBLIC_KEY),
          rest: new REST({ api: apiBase }),
          applicationId: config.DISCORD_APPLICATION_ID,
          track,
        })
      : undefined;

  return {
    name: 'discord',
    connects: client !== null,
    ...(routes ? { routes } : {}),
    async start() {
      if (problems.length > 0) throw new Error(problems.join('\n'));
      if (!client || !config.DISCORD_TOKEN) {
        logger.info({ event: 'discord-interactions-only', platform: 'discord' });
        return;
      }
      client.on(Events.MessageCreate, (message) => {
        if (stopping || !client.user) return;
        track(handleMessage(messageDeps, message, client.user.id));
      });
      client.on(Events.InteractionCreate, (interaction) => {
        if (stopping) return;
        // A reply Discord refuses (e.g. 10062: answered too late) must show in the logs.
        const work = handleGatewayInteraction(handlerDeps, interaction).catch((error: unknown) =>
          logger.error(
            {
              event: 'discord-interaction-failed',
              requestId: interaction.id,
              platform: 'discord',
              errorCode: codeOf(error),
            },
            'replying to a Discord interaction failed',
          ),
        );
        track(work);
      });
      gateway = createGatewayConnection({
        client,
        token: config.DISCORD_TOKEN,
        apiBase,
        logger,
        onFatal: deps.onFatal ?? exitOnFatal,
        ...(deps.onConnection ? { onConnection: deps.onConnection } : {}),
        ...(deps.tuning?.backoff ? { backoff: deps.tuning.backoff } : {}),
        ...(deps.tuning?.startWaitMs !== undefined ? { startWaitMs: deps.tuning.startWaitMs } : {}),
      });
      await gateway.start();
    },
    async stop() {
      stopping = true;
      await gateway?.stop();
      await Promise.all(inFlight);
      await client?.destroy();
      if (gateway?.connected()) deps.onConnection?.(false);
    },
  };
}
