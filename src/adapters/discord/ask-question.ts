// One question from Discord through the core, with the per-user rate limit applied afterwards:
// the answer runs first so that triage decides, and nothing escalated is ever held back.
import type { AnswerService } from '../../core/answer-service.js';
import type { Logger } from '../../core/logger.js';
import type { Answer, ChannelKind } from '../../core/types.js';
import { isAlarm } from './render-answer.js';
import type { UserRateLimiter } from './user-rate-limiter.js';

export interface AskDeps {
  answers: AnswerService;
  limiter: UserRateLimiter;
  logger: Logger;
}

export interface Asker {
  userId: string;
  channelKind: ChannelKind;
  /** A Discord message or interaction id: correlates logs, never derived from the text. */
  requestId: string;
}

export type AskResult = { kind: 'answer'; answer: Answer } | { kind: 'rate-limited' } | { kind: 'empty' };

export async function askQuestion(deps: AskDeps, text: string, asker: Asker): Promise<AskResult> {
  if (!text) return { kind: 'empty' };
  const answer = await deps.answers.answer({
    text,
    platform: 'discord',
    channelKind: asker.channelKind,
    requestId: asker.requestId,
  });
  const escalated = answer.triage.level !== null || isAlarm(answer.escalation);
  if (!escalated && !deps.limiter.take(asker.userId)) {
    deps.logger.info({ event: 'discord-rate-limited', requestId: asker.requestId, platform: 'discord' });
    return { kind: 'rate-limited' };
  }
  return { kind: 'answer', answer };
}
