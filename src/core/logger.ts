// The logging port. Only these fields reach a log line: never raw message text.
// pino's Logger satisfies this interface; tests pass a capturing fake.
import type { Outcome, Platform, TriageLevel } from './types.js';

export interface LogFields {
  event: string;
  requestId?: string;
  platform?: Platform;
  outcome?: Outcome;
  entry?: string | null;
  triage?: TriageLevel | null;
  triageRule?: string | null;
  sensitive?: boolean;
  confidence?: number;
  ms?: number;
  /** Counts and ids only (e.g. problems found in a reload). */
  count?: number;
  knowledgeVersion?: string;
  /** The answer came from the answer cache. */
  cached?: boolean;
  errorCode?: string;
  /** HTTP access lines: the route pattern (never the raw URL, which could carry text). */
  method?: string;
  route?: string;
  statusCode?: number;
}

export interface Logger {
  info(fields: LogFields, message?: string): void;
  warn(fields: LogFields, message?: string): void;
  error(fields: LogFields, message?: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
