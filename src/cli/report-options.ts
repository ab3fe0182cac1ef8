// What `vetted feedback` and `vetted gaps` share: the same options (--db, --since, --json), the
// same rules for a date, and the same way of finding the database file and refusing one that
// cannot be there. Each command keeps its own report and wording.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_FEEDBACK_DB, FEEDBACK_IN_MEMORY } from '../config.js';
import type { CliIo } from './io.js';

const DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The moment meant by `--since` (a day, YYYY-MM-DD UTC, or an ISO time), or undefined when the text is not a real date. */
export function parseSince(text: string): Date | undefined {
  if (!DATE.test(text)) return undefined;
  // A date alone is midnight UTC; a time without a zone is UTC too, so the report is the same anywhere.
  const iso = text.length === 10 ? `${text}T00:00:00Z` : /Z|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`;
  const date = new Date(iso.replace(' ', 'T'));
  // Date accepts 2025-02-30 as March 2nd: a day that does not round-trip is a typo.
  const day = new Date(`${text.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || Number.isNaN(day.getTime())) return undefined;
  return day.toISOString().slice(0, 10) === text.slice(0, 10) ? date : undefined;
}

export interface ReportOptions {
  db?: string;
  since?: Date;
  json: boolean;
  help: boolean;
}

/** The options, or the message for a wrong command line (exit 2). */
export function parseReportOptions(
  args: string[],
): { ok: true; options: ReportOptions } | { ok: false; message: string } {
  let values: { db?: string; since?: string; json: boolean; help: boolean };
  try {
    ({ values } = parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: {
        db: { type: 'string' },
        since: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const options: ReportOptions = { json: values.json, help: values.help };
  if (values.db !== undefined) options.db = values.db;
  if (values.since !== undefined) {
    const since = parseSince(values.since);
    if (!since) {
      return {
        ok: false,
        message: `--since "${values.since}" is not a date: use YYYY-MM-DD, e.g. --since 2025-01-31.`,
      };
    }
    options.since = since;
  }
  return { ok: true, options };
}

/**
 * The database file to read and the setting it came from, or null after saying why there is
 * none (exit 1): the server keeps `what` in memory only, or no file is at that path.
 */
export function reportDatabase(
  command: string,
  what: string,
  options: ReportOptions,
  io: CliIo,
): { file: string; setting: string } | null {
  const fromEnv = io.env.VETTED_FEEDBACK_DB?.trim();
  if (options.db === undefined && fromEnv?.toLowerCase() === FEEDBACK_IN_MEMORY) {
    io.stderr(
      `vetted ${command}: VETTED_FEEDBACK_DB=memory keeps ${what} inside the running server only, so there is no file to report on. Pass --db FILE, or set VETTED_FEEDBACK_DB to a file and restart the server.\n`,
    );
    return null;
  }
  const file = resolve(options.db ?? (fromEnv || DEFAULT_FEEDBACK_DB));
  if (!existsSync(file)) {
    io.stderr(
      `vetted ${command}: there is no feedback database at ${file}. Pass --db FILE (or set VETTED_FEEDBACK_DB) with the file \`vetted serve\` writes; by default ${DEFAULT_FEEDBACK_DB} in the folder it runs in.\n`,
    );
    return null;
  }
  return { file, setting: options.db !== undefined ? '--db' : 'VETTED_FEEDBACK_DB' };
}
