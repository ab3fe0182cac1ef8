// A Logger that keeps every line it is given, for tests that check what was (not) logged.
import type { LogFields, Logger } from '../../src/core/logger.js';

export function capturingLogger(): { logger: Logger; lines: LogFields[] } {
  const lines: LogFields[] = [];
  const logger: Logger = {
    info: (fields) => lines.push(fields),
    warn: (fields) => lines.push(fields),
    error: (fields) => lines.push(fields),
  };
  return { logger, lines };
}
