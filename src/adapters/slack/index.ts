// Slack adapter factory: Socket Mode when SLACK_APP_TOKEN is set, else the HTTP Events API at
// /slack/events on the shared `vetted serve` server. Construction makes no network call; start()
// checks the tokens and names the setting at fault when Slack refuses them.
import { App, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { AnswerService } from '../../core/answer-service.js';
import type { FeedbackStore } from '../../core/feedback.js';
import { DEFAULT_SETTINGS } from '../../core/knowledge/default-settings.js';
import type { Logger } from '../../core/logger.js';
import type { PlatformAdapter } from '../adapter.js';
import { boltLoggerFor } from './bolt-logger.js';
import { DEFAULT_SLACK_API_URL, webClientOptions } from './client-options.js';
import type { CareGuidance } from './failure-reply.js';
import { FastifySlackReceiver } from './http-receiver.js';
import { createInFlight } from './in-flight.js';
import { registerListeners } from './register-listeners.js';
import { createSeenEvents } from './seen-events.js';
import { appTokenProblem, botTokenProblem, SlackStartError } from './startup-errors.js';

export interface SlackAdapterDeps {
  config: Config;
  answers: AnswerService;
  feedback: FeedbackStore;
  logger: Logger;
  /** The live knowledge settings: care guidance when answering fails. Defaults to the US defaults. */
  guidance?: () => CareGuidance;
  /** For tests and unusual hosts. */
  tuning?: {
    retryConfig?: webApi.RetryOptions;
    /** How long an event_id is remembered (Slack retries for about five minutes). */
    repeatWindowMs?: number;
  };
}

export interface SlackAdapter extends PlatformAdapter {
  readonly mode: 'socket' | 'http';
  /** Resolves when every reply already started has been sent. */
  idle(): Promise<void>;
}

/** Returns null when Slack is not configured. */
export function createSlackAdapter(deps: SlackAdapterDeps): SlackAdapter | null {
  const { config, logger } = deps;
  const botToken = config.SLACK_BOT_TOKEN;
  if (!botToken) return null;
  const appToken = config.SLACK_APP_TOKEN;
  const apiUrl = config.SLACK_API_URL ?? DEFAULT_SLACK_API_URL;
  const boltLogger = boltLoggerFor(logger);
  const clientOptions = webClientOptions(config.SLACK_API_URL, deps.tuning?.retryConfig);

  let httpReceiver: FastifySlackReceiver | undefined;
  let receiver: FastifySlackReceiver | SocketModeReceiver;
  if (appToken) {
    receiver = new SocketModeReceiver({
      appToken,
      logger: boltLogger,
      installerOptions: { clientOptions: { ...clientOptions } },
    });
  } else {
    if (!config.SLACK_SIGNING_SECRET) {
      // loadConfig reports this first; reaching here is a wiring bug.
      throw new SlackStartError(
        'SLACK_SIGNING_SECRET is required for the HTTP Events API: copy the Signing Secret from "Basic Information" at api.slack.com/apps (or set SLACK_APP_TOKEN for Socket Mode)',
        'SLACK_SIGNING_SECRET',
      );
    }
    httpReceiver = new FastifySlackReceiver({ signingSecret: config.SLACK_SIGNING_SECRET, logger });
    receiver = httpReceiver;
  }

  const app = new App({
    token: botToken,
    receiver,
    logger: boltLogger,
    clientOptions,
    // auth.test runs in start(), where a refused token becomes a clear message.
    deferInitialization: true,
  });
  const inFlight = createInFlight();
  registerListeners(
    app,
    {
      answers: deps.answers,
      feedback: deps.feedback,
      logger,
      guidance: deps.guidance ?? (() => DEFAULT_SETTINGS),
      command: config.SLACK_COMMAND,
    },
    inFlight,
    createSeenEvents(deps.tuning?.repeatWindowMs ? { ttlMs: deps.tuning.repeatWindowMs } : {}),
  );

  return {
    name: 'slack',
    mode: appToken ? 'socket' : 'http',
    ...(httpReceiver ? { routes: httpReceiver.routes } : {}),
    async start() {
      try {
        await app.init();
      } catch (error) {
        throw botTokenProblem(error, apiUrl);
      }
      try {
        await app.start();
      } catch (error) {
        throw appTokenProblem(error);
      }
      logger.info(
        { event: 'slack-started', platform: 'slack' },
        appToken ? 'Socket Mode' : 'HTTP Events API',
      );
    },
    async stop() {
      await app.stop();
      await inFlight.idle();
    },
    idle: () => inFlight.idle(),
  };
}
