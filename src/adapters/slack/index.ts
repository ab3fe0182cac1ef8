// Slack adapter factory. (Stub: the Slack module replaces this.)
import type { Config } from '../../config.js';
import type { AnswerService } from '../../core/answer-service.js';
import type { FeedbackStore } from '../../core/feedback.js';
import type { Logger } from '../../core/logger.js';
import type { PlatformAdapter } from '../adapter.js';

export interface SlackAdapterDeps {
  config: Config;
  answers: AnswerService;
  feedback: FeedbackStore;
  logger: Logger;
}

/** Returns null when Slack is not configured. */
export function createSlackAdapter(_deps: SlackAdapterDeps): PlatformAdapter | null {
  return null;
}
