// Bolt and its Web API / Socket Mode clients log through this: their debug output carries whole
// payloads (people's messages), so debug is dropped and only short library diagnostics pass on,
// under fixed event names, into the project's Logger port.
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../core/logger.js';

const MAX_MESSAGE = 300;

function describe(parts: unknown[]): string {
  const words = parts.map((part) =>
    part instanceof Error ? part.message : typeof part === 'string' ? part : '',
  );
  return words.filter(Boolean).join(' ').slice(0, MAX_MESSAGE);
}

export function boltLoggerFor(logger: Logger): BoltLogger {
  let level = LogLevel.WARN;
  return {
    debug() {},
    info(...parts) {
      const message = describe(parts);
      // The Web API client reports waiting out a 429 at info level; operators want to see it.
      if (/rate limit/i.test(message))
        logger.warn({ event: 'slack-rate-limited', platform: 'slack' }, message);
    },
    warn(...parts) {
      logger.warn({ event: 'slack-library', platform: 'slack' }, describe(parts));
    },
    error(...parts) {
      logger.error({ event: 'slack-library', platform: 'slack' }, describe(parts));
    },
    setLevel(next) {
      level = next;
    },
    getLevel() {
      return level;
    },
    setName() {},
  };
}
