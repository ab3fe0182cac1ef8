// Slack adapter factory: Socket Mode when SLACK_APP_TOKEN is set, else the HTTP Events API at
// /slack/events on the shared `vetted serve` server. Construction makes no network call. start()
// checks the tokens: a token Slack refuses is fatal, with a message naming the setting; a Slack that
// cannot be reached is retried in the background (see connect-loop.ts) while the rest of vetted runs.
import { App, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { AnswerService } from '../../core/answer-service.js';
import type { FeedbackStore } from '../../core/feedback.js';
import { DEFAULT_SETTINGS } from '../../core/knowledge/default-settings.js';
import type { Logger } from '../../core/logger.js';
import type { PlatformAdapter } from '../adapter.js';
import { type Backoff, createConnectLoop } from '../shared/connect-loop.js';
import { boltLoggerFor } from './bolt-logger.js';
import { DEFAULT_SLACK_API_URL, webClientOptions } from './client-options.js';
import { codeOf } from './error-code.js';
import type { CareGuidance } from './failure-reply.js';
import { FastifySlackReceiver } from './http-receiver.js';
import { createInFlight } from './in-flight.js';
import { registerListeners } from './register-listeners.js';
import { createSeenEvents } from './seen-events.js';
import {
  appTokenProblem,
  botTokenProblem,
  isRefusal,
  SlackStartError,
  unreachableMessage,
} from './startup-errors.js';

export interface SlackAdapterDeps {
  config: Config;
  answers: AnswerService;
  feedback: FeedbackStore;
  logger: Logger;
  /** The live knowledge settings: care guidance when answering fails. Defaults to the US defaults. */
  guidance?: () => CareGuidance;
  /**
   * Called once if Slack refuses a token after start() has returned (the first attempts could not
   * reach Slack). main.ts shuts down and exits 1. Default: print the message and exit 1.
   */
  onFatal?: (message: string) => void;
  /** Told whenever Slack becomes connected or not (the vetted_platform_connected gauge). */
  onConnection?: (connected: boolean) => void;
  /** For tests and unusual hosts. */
  tuning?: {
    retryConfig?: webApi.RetryOptions;
    /** How long an event_id is remembered (Slack retries for about five minutes). */
    repeatWindowMs?: number;
    /** Waits between attempts while Slack cannot be reached (default 1 s doubling to 5 min). */
    backoff?: Backoff;
    /** How long start() waits for the first attempt (default 5 s). */
    startWaitMs?: number;
  };
}

export interface SlackAdapter extends PlatformAdapter {
  readonly mode: 'socket' | 'http';
  /** Resolves when every reply already started has been sent. */
  idle(): Promise<void>;
  /** Whether Slack is connected (tokens checked; Socket Mode: the socket is open). */
  connected(): boolean;
}

/** Which start step failed: auth.test checks SLACK_BOT_TOKEN, app.start() (Socket Mode) SLACK_APP_TOKEN. */
class StartStepError extends Error {
  constructor(
    readonly step: 'bot' | 'app',
    readonly original: unknown,
  ) {
    super(`Slack start step ${step} failed`);
  }
}

function exitOnFatal(message: string): void {
  process.stderr.write(`vetted: ${message}\n`);
  process.exit(1);
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

  let connected = false;
  let stopping = false;
  const setConnected = (value: boolean) => {
    if (value === connected) return;
    connected = value;
    deps.onConnection?.(value);
  };
  let everConnected = false;
  let initialised = false;
  const loop = createConnectLoop({
    connect: async () => {
      try {
        // A quick check first, without the reply retries and abortable on stop; then Bolt's own.
        // Once done, a reconnect (Socket Mode) only opens a new socket.
        if (!initialised) {
          await startupClient.auth.test();
          await app.init();
          initialised = true;
        }
      } catch (error) {
        throw new StartStepError('bot', error);
      }
      try {
        await app.start();
      } catch (error) {
        throw new StartStepError('app', error);
      }
    },
    refusal: (error) => {
      if (!(error instanceof StartStepError) || !isRefusal(error.original)) return null;
      return (error.step === 'bot' ? botTokenProblem(error.original) : appTokenProblem(error.original))
        .message;
    },
    onRetry: (error, delayMs, failures) => {
      setConnected(false);
      const original = error instanceof StartStepError ? error.original : error;
      logger.warn(
        {
          event: 'slack-unreachable',
          platform: 'slack',
          errorCode: codeOf(original),
          count: failures,
          // The wait before the next attempt.
          ms: delayMs,
        },
        unreachableMessage(original, apiUrl, delayMs),
      );
    },
    onConnected: () => {
      setConnected(true);
      logger.info(
        { event: everConnected ? 'slack-reconnected' : 'slack-started', platform: 'slack' },
        appToken ? 'Socket Mode' : 'HTTP Events API',
      );
      everConnected = true;
    },
    onStillConnecting: () =>
      logger.warn(
        { event: 'slack-connecting', platform: 'slack' },
        `Still waiting for Slack at ${apiUrl} (SLACK_API_URL); vetted serves meanwhile and keeps trying.`,
      ),
    onFatal: (message) => {
      logger.error({ event: 'slack-refused', platform: 'slack' });
      (deps.onFatal ?? exitOnFatal)(message);
    },
    ...(deps.tuning?.backoff ? { backoff: deps.tuning.backoff } : {}),
    ...(deps.tuning?.startWaitMs !== undefined ? { startWaitMs: deps.tuning.startWaitMs } : {}),
  });
  /** Start-up calls: no retries (the loop retries), and cut off at once when vetted stops. */
  const startupOptions: webApi.WebClientOptions = {
    ...clientOptions,
    logger: boltLogger,
    retryConfig: { retries: 0 },
    requestInterceptor: (request) => {
      request.signal = loop.signal;
      return request;
    },
  };
  const startupClient = new webApi.WebClient(botToken, startupOptions);

  let httpReceiver: FastifySlackReceiver | undefined;
  let receiver: FastifySlackReceiver | SocketModeReceiver;
  if (appToken) {
    const socketReceiver = new SocketModeReceiver({
      appToken,
      logger: boltLogger,
      // The library's own reconnect gives up (an unhandled rejection that ends the process) when
      // apps.connections.open fails on the network; the connect loop reconnects instead.
      autoReconnectEnabled: false,
      installerOptions: { clientOptions: { ...startupOptions } },
    });
    socketReceiver.client.on('disconnected', () => {
      if (stopping || !connected) return;
      setConnected(false);
      logger.warn(
        { event: 'slack-disconnected', platform: 'slack' },
        'Socket Mode connection lost; reconnecting.',
      );
      loop.reconnect();
    });
    receiver = socketReceiver;
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
    connects: true,
    mode: appToken ? 'socket' : 'http',
    ...(httpReceiver ? { routes: httpReceiver.routes } : {}),
    async start() {
      await loop.start();
    },
    async stop() {
      stopping = true;
      await loop.stop();
      await app.stop();
      await inFlight.idle();
      setConnected(false);
    },
    idle: () => inFlight.idle(),
    connected: () => connected,
  };
}
