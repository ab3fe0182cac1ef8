// The pino logger behind the Logger port. Callers pass typed fields only (src/core/logger.ts);
// the redact paths are defence in depth in case a field carrying text ever slips in.
import { type DestinationStream, type Logger as PinoLogger, pino } from 'pino';
import type { Config } from '../config.js';
import type { Logger } from '../core/logger.js';

/** Anything that could hold what a person typed, in our fields or in fastify's request objects. */
export const REDACT_PATHS = [
  'question',
  'text',
  'body',
  'query',
  '*.question',
  '*.text',
  '*.body',
  '*.query',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-slack-signature"]',
  'req.headers["x-signature-ed25519"]',
];

export interface LoggerOptions {
  level: Config['LOG_LEVEL'];
  /** Where lines go; stdout by default. Tests pass a stream to read the lines back. */
  destination?: DestinationStream;
}

export type VettedLogger = PinoLogger & Logger;

/** Strips the query string: a question must never reach a log line through a URL. */
export function pathOnly(url: string | undefined): string {
  if (!url) return '';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

export function createLogger(options: LoggerOptions): VettedLogger {
  return pino(
    {
      level: options.level,
      base: { service: 'vetted' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      hooks: {
        // pino (and fastify) use an error's message as the log message; it may quote the input.
        logMethod(args, method) {
          const [first, second] = args as unknown[];
          const err = first instanceof Error ? first : (first as { err?: unknown } | null)?.err;
          if (err instanceof Error && (second === undefined || second === err.message)) {
            return method.apply(this, [first, err.name] as Parameters<typeof method>);
          }
          return method.apply(this, args);
        },
      },
      serializers: {
        // fastify's request log: method and path only, never the query string or the body.
        req: (req: { id?: string; method?: string; url?: string }) => ({
          id: req.id,
          method: req.method,
          path: pathOnly(req.url),
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        // Error messages may quote input (JSON.parse echoes the body): keep the code and type only.
        err: (err: { code?: string; name?: string; statusCode?: number }) => ({
          type: err.name,
          code: err.code,
          statusCode: err.statusCode,
        }),
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
