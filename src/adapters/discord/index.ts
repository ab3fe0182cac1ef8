// Discord adapter factory. (Stub: the Discord module replaces this.)
import type { Config } from '../../config.js';
import type { AnswerService } from '../../core/answer-service.js';
import type { FeedbackStore } from '../../core/feedback.js';
import type { Logger } from '../../core/logger.js';
import type { PlatformAdapter } from '../adapter.js';

export interface DiscordAdapterDeps {
  config: Config;
  answers: AnswerService;
  feedback: FeedbackStore;
  logger: Logger;
}

/** Returns null when Discord is not configured. */
export function createDiscordAdapter(_deps: DiscordAdapterDeps): PlatformAdapter | null {
  return null;
}
