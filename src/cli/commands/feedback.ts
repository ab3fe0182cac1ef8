// `vetted feedback`: the "Helpful / Not helpful" votes per entry from the feedback database, the
// entries most in need of a clinician's review first. Reads the file; never changes it.
import { DEFAULT_FEEDBACK_DB } from '../../config.js';
import { formatReport, rankForReview } from '../../core/feedback-report.js';
import { FeedbackDbError } from '../../runtime/feedback-db.js';
import { readFeedbackTotals } from '../../runtime/feedback-totals.js';
import type { CliIo } from '../io.js';
import { parseReportOptions, reportDatabase } from '../report-options.js';

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

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseReportOptions(args);
  if (!parsed.ok) return usage(io, parsed.message);
  const { options } = parsed;
  if (options.help) {
    io.stdout(FEEDBACK_USAGE);
    return 0;
  }
  const { since } = options;
  const db = reportDatabase('feedback', 'votes', options, io);
  if (!db) return 1;
  const { file, setting } = db;

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

  if (options.json) {
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

function usage(io: CliIo, message: string): number {
  io.stderr(`vetted feedback: ${message}\n\n${FEEDBACK_USAGE}`);
  return 2;
}
