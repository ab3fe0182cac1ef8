// `vetted feedback`: the "Helpful / Not helpful" votes per entry from the feedback database, the
// entries most in need of a clinician's review first. Reads the file; never changes it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_FEEDBACK_DB, FEEDBACK_IN_MEMORY } from '../../config.js';
import { formatReport, rankForReview } from '../../core/feedback-report.js';
import { FeedbackDbError } from '../../runtime/feedback-db.js';
import { readFeedbackTotals } from '../../runtime/feedback-totals.js';
import type { CliIo } from '../io.js';

export const FEEDBACK_USAGE = `Usage:
  vetted feedback [--db FILE] [--since DATE] [--json]

Lists the "Helpful / Not helpful" votes per entry: helpful, not helpful, share helpful and the
last vote. Entries most in need of review come first: those that many people, and not just one
or two, found unhelpful.

Options:
  --db FILE      the feedback database (default: VETTED_FEEDBACK_DB, or ${DEFAULT_FEEDBACK_DB}
                 in the current folder, where \`vetted serve\` writes it)
  --since DATE   count only votes from DATE on (YYYY-MM-DD, UTC, or an ISO time)
  --json         print one JSON object {db, since, votes, entries}
  -h, --help     show this help

Exit status: 0 report printed, 1 the database cannot be read, 2 wrong usage.
`;

const DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    io.stdout(FEEDBACK_USAGE);
    return 0;
  }
  let since: Date | undefined;
  if (values.since !== undefined) {
    since = parseDate(values.since);
    if (!since)
      return usage(io, `--since "${values.since}" is not a date: use YYYY-MM-DD, e.g. --since 2025-01-31.`);
  }

  const fromEnv = io.env.VETTED_FEEDBACK_DB?.trim();
  if (values.db === undefined && fromEnv?.toLowerCase() === FEEDBACK_IN_MEMORY) {
    io.stderr(
      'vetted feedback: VETTED_FEEDBACK_DB=memory keeps votes inside the running server only, so there is no file to report on. Pass --db FILE, or set VETTED_FEEDBACK_DB to a file and restart the server.\n',
    );
    return 1;
  }
  const file = resolve(values.db ?? (fromEnv || DEFAULT_FEEDBACK_DB));
  const setting = values.db !== undefined ? '--db' : 'VETTED_FEEDBACK_DB';
  if (!existsSync(file)) {
    io.stderr(
      `vetted feedback: there is no feedback database at ${file}. Pass --db FILE (or set VETTED_FEEDBACK_DB) with the file \`vetted serve\` writes; by default ${DEFAULT_FEEDBACK_DB} in the folder it runs in.\n`,
    );
    return 1;
  }

  let rows: ReturnType<typeof rankForReview>;
  try {
    rows = rankForReview(
      readFeedbackTotals(file, {
        setting,
        fix: 'Pass --db FILE with the feedback database.',
        ...(since ? { since } : {}),
      }),
    );
  } catch (error) {
    if (!(error instanceof FeedbackDbError)) throw error;
    io.stderr(`vetted feedback: ${error.message}\n`);
    return 1;
  }
  const votes = rows.reduce((sum, row) => sum + row.helpful + row.notHelpful, 0);

  if (values.json) {
    io.stdout(`${JSON.stringify({ db: file, since: since?.toISOString() ?? null, votes, entries: rows })}\n`);
    return 0;
  }
  const period = since ? ` since ${since.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
  if (rows.length === 0) {
    io.stdout(`No votes${period} in ${file}.\n`);
    return 0;
  }
  io.stdout(
    `Feedback in ${file}${period}, most in need of review first:\n\n${formatReport(rows)}\n\n` +
      `${votes} ${votes === 1 ? 'vote' : 'votes'} on ${rows.length} ${rows.length === 1 ? 'entry' : 'entries'}.\n`,
  );
  return 0;
}

function parseDate(text: string): Date | undefined {
  if (!DATE.test(text)) return undefined;
  // A date alone is midnight UTC; a time without a zone is UTC too, so the report is the same anywhere.
  const iso = text.length === 10 ? `${text}T00:00:00Z` : /Z|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`;
  const date = new Date(iso.replace(' ', 'T'));
  // Date accepts 2025-02-30 as March 2nd: a day that does not round-trip is a typo.
  const day = new Date(`${text.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || Number.isNaN(day.getTime())) return undefined;
  return day.toISOString().slice(0, 10) === text.slice(0, 10) ? date : undefined;
}

function usage(io: CliIo, message: string): number {
  io.stderr(`vetted feedback: ${message}\n\n${FEEDBACK_USAGE}`);
  return 2;
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: false,
    strict: true,
    options: {
      db: { type: 'string' },
      since: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
