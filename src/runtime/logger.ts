// The pino logger behind the Logger port. Callers pass typed fields only (src/core/logger.ts);
// the redaction below is defence in depth in case a field carrying text ever slips in.
import { type DestinationStream, type Logger as PinoLogger, pino } from 'pino';
import type { Config } from '../config.js';
import type { Logger } from '../core/logger.js';
import { createLogDestination } from './log-destination.js';

/**
 * Fields that could hold what a person typed: redacted at the top level of a log line and one
 * level down (`question` and `*.question`, ...).
 */
export const REDACTED_FIELDS: ReadonlySet<string> = new Set(['question', 'text', 'body', 'query']);
const CENSOR = '[redacted]';

/** pino's redact paths: the same fields at the top level (also of child bindings), and headers. */
export const REDACT_PATHS = [
  ...REDACTED_FIELDS,
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-slack-signature"]',
  'req.headers["x-signature-ed25519"]',
];

const hasOwn = (value: object, key: string) => Object.hasOwn(value, key);

function holdsRedactedField(value: object): boolean {
  for (const key of REDACTED_FIELDS) if (hasOwn(value, key)) return true;
  return false;
}

/** A copy of a nested object with the redacted fields censored (same prototype, so serializers still apply). */
function censorNested(value: object): object {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(value) as object | null) as object, value);
  for (const key of REDACTED_FIELDS) if (hasOwn(copy, key)) (copy as Record<string, unknown>)[key] = CENSOR;
  return copy;
}

/**
 * The line's fields with anything that could hold a question censored; the same object when
 * nothing needs it (the usual case: a few typed fields, so this costs well under a microsecond,
 * where pino's own path-based redact cost about 4 µs a line).
 */
export function redactFields(fields: Record<string, unknown>): Record<string, unknown> {
  let redacted: Record<string, unknown> | null = null;
  for (const key in fields) {
    if (!hasOwn(fields, key)) continue;
    const value = fields[key];
    let safe = value;
    if (REDACTED_FIELDS.has(key)) safe = CENSOR;
    else if (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      holdsRedactedField(value)
    ) {
      safe = censorNested(value);
    }
    if (safe !== value) {
      redacted ??= { ...fields };
      redacted[key] = safe;
    }
  }
  return redacted ?? fields;
}

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
      // Top-level paths cost nothing on lines without those keys, and cover child loggers' bindings;
      // one level down (`*.question`) is done by redactFields: pino's wildcard paths clone and walk
      // every field of every line (about 4 µs a line, two lines per /v1/ask request).
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      formatters: { log: redactFields },
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
    options.destination ?? createLogDestination(),
  );
}
