// Starts the real Discord adapter (real discord.js) against the fake Discord.

import type { PlatformAdapter } from '../../../../src/adapters/adapter.js';
import { createDiscordAdapter, type DiscordAdapterDeps } from '../../../../src/adapters/discord/index.js';
import type { AnswerService } from '../../../../src/core/answer-service.js';
import { createInMemoryFeedbackStore, type FeedbackStore } from '../../../../src/core/feedback.js';
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  startFakeDiscord,
} from '../../../fakes/discord/fake-discord.js';
import {
  APPLICATION_ID,
  BOT,
  capturingLogger,
  configFrom,
  GUILDS,
  realAnswerService,
  TOKEN,
} from './fixtures.js';

export interface Bot {
  fake: FakeDiscord;
  adapter: PlatformAdapter;
  feedback: FeedbackStore;
  logger: ReturnType<typeof capturingLogger>;
  fatal: string[];
  /** Every connected / not connected change the adapter reported. */
  connection: boolean[];
  answers: AnswerService;
  stop(): Promise<void>;
}

export async function startBot(
  options: {
    env?: Record<string, string>;
    fake?: Partial<FakeDiscordOptions>;
    start?: boolean;
    /** Adjusts what the real core answers, e.g. to mark answers sensitive. */
    wrapAnswers?: (answers: AnswerService) => AnswerService;
    /** Runs before the adapter starts, e.g. to make the fake unreachable. */
    beforeStart?: (fake: FakeDiscord) => void;
    tuning?: DiscordAdapterDeps['tuning'];
    emergencyNumber?: string;
  } = {},
): Promise<Bot> {
  const fake = await startFakeDiscord({
    token: TOKEN,
    bot: BOT,
    applicationId: APPLICATION_ID,
    guilds: GUILDS,
    ...options.fake,
  });
  const logger = capturingLogger();
  const real = await realAnswerService(logger);
  const answers = options.wrapAnswers ? options.wrapAnswers(real) : real;
  const feedback = createInMemoryFeedbackStore();
  const fatal: string[] = [];
  const connection: boolean[] = [];
  const config = configFrom({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_API_URL: fake.apiUrl,
    ...options.env,
  });
  const adapter = createDiscordAdapter({
    config,
    answers,
    feedback,
    logger,
    onFatal: (m) => fatal.push(m),
    onConnection: (connected) => connection.push(connected),
    ...(options.tuning ? { tuning: options.tuning } : {}),
    ...(options.emergencyNumber
      ? { guidance: () => ({ emergencyNumber: options.emergencyNumber ?? '' }) }
      : {}),
  });
  if (!adapter) throw new Error('the adapter should be configured');
  const bot: Bot = {
    fake,
    adapter,
    feedback,
    logger,
    fatal,
    connection,
    answers,
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
  options.beforeStart?.(fake);
  if (options.start !== false) await adapter.start();
  return bot;
}
