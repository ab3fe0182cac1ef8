// `vetted gaps`: what people asked that the knowledge base had no answer for, the same question
// asked many ways grouped together, the most asked first, to help clinicians choose what to write
// next. Reads the feedback database; never changes it. The text is redacted before it is stored.
import { DEFAULT_FEEDBACK_DB } from '../../config.js';
import { formatGaps, type Gap, groupGaps } from '../../core/gaps-report.js';
import { FeedbackDbError } from '../../runtime/feedback-db.js';
import { readUnanswered } from '../../runtime/unanswered-rows.js';
import type { CliIo } from '../io.js';
import { parseReportOptions, reportDatabase } from '../report-options.js';

export const GAPS_USAGE = `Usage:
  vetted gaps [--db FILE] [--since DATE] [--json]

Lists the questions people asked that no vetted entry answered, with identifiers (names, phone
numbers, emails, places, dates...) already replaced by [NAME], [PHONE] and so on. The same
question in different case or punctuation is one row: how many times it was asked, how many of
those matched an urgent red flag, the first and last day, the platforms, and the entries that
came nearest. The most asked first. Emergency and crisis messages are never recorded.

Options:
  --db FILE      the feedback database, which holds these too (default: VETTED_FEEDBACK_DB, or
                 ${DEFAULT_FEEDBACK_DB} in the current folder, where \`vetted serve\` writes it)
  --since DATE   count only questions from that day on (YYYY-MM-DD, UTC; a time counts its day)
  --json         print one JSON object {db, since, questions, gaps}
  -h, --help     show this help

Exit status: 0 report printed, 1 the database cannot be read, 2 wrong usage.
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseReportOptions(args);
  if (!parsed.ok) return usage(io, parsed.message);
  const { options } = parsed;
  if (options.help) {
    io.stdout(GAPS_USAGE);
    return 0;
  }
  // Questions are kept to the day, so a time selects its whole (UTC) day.
  const sinceDay = options.since?.toISOString().slice(0, 10);
  const db = reportDatabase('gaps', 'unanswered questions', options, io);
  if (!db) return 1;
  const { file, setting } = db;

  let gaps: Gap[];
  try {
    gaps = groupGaps(
      readUnanswered(file, {
        setting,
        fix: 'Pass --db FILE with the feedback database.',
        ...(sinceDay ? { sinceDay } : {}),
      }),
    );
  } catch (error) {
    if (!(error instanceof FeedbackDbError)) throw error;
    io.stderr(`vetted gaps: ${error.message}\n`);
    return 1;
  }
  const questions = gaps.reduce((sum, gap) => sum + gap.count, 0);

  if (options.json) {
    io.stdout(`${JSON.stringify({ db: file, since: sinceDay ?? null, questions, gaps })}\n`);
    return 0;
  }
  const period = sinceDay ? ` since ${sinceDay}` : '';
  if (gaps.length === 0) {
    io.stdout(`No unanswered questions${period} in ${file}.\n`);
    return 0;
  }
  io.stdout(
    `Unanswered questions in ${file}${period}, most asked first (text redacted):\n\n${formatGaps(gaps)}\n\n` +
      `${questions} ${questions === 1 ? 'question' : 'questions'}, ${gaps.length} different.\n`,
  );
  return 0;
}

function usage(io: CliIo, message: string): number {
  io.stderr(`vetted gaps: ${message}\n\n${GAPS_USAGE}`);
  return 2;
}
