// `vetted gaps`: what people asked that the knowledge base had no answer for, the same question
// asked many ways grouped together, the most asked first, to help clinicians choose what to write
// next. Reads the feedback database; never changes it. The text is redacted before it is stored.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_FEEDBACK_DB, FEEDBACK_IN_MEMORY } from '../../config.js';
import { formatGaps, type Gap, groupGaps } from '../../core/gaps-report.js';
import { FeedbackDbError } from '../../runtime/feedback-db.js';
import { readUnanswered } from '../../runtime/unanswered-rows.js';
import type { CliIo } from '../io.js';
import { parseSince } from '../since-option.js';

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
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    io.stdout(GAPS_USAGE);
    return 0;
  }
  let sinceDay: string | undefined;
  if (values.since !== undefined) {
    const since = parseSince(values.since);
    if (!since)
      return usage(io, `--since "${values.since}" is not a date: use YYYY-MM-DD, e.g. --since 2025-01-31.`);
    // Questions are kept to the day, so a time selects its whole (UTC) day.
    sinceDay = since.toISOString().slice(0, 10);
  }

  const fromEnv = io.env.VETTED_FEEDBACK_DB?.trim();
  if (values.db === undefined && fromEnv?.toLowerCase() === FEEDBACK_IN_MEMORY) {
    io.stderr(
      'vetted gaps: VETTED_FEEDBACK_DB=memory keeps unanswered questions inside the running server only, so there is no file to report on. Pass --db FILE, or set VETTED_FEEDBACK_DB to a file and restart the server.\n',
    );
    return 1;
  }
  const file = resolve(values.db ?? (fromEnv || DEFAULT_FEEDBACK_DB));
  const setting = values.db !== undefined ? '--db' : 'VETTED_FEEDBACK_DB';
  if (!existsSync(file)) {
    io.stderr(
      `vetted gaps: there is no feedback database at ${file}. Pass --db FILE (or set VETTED_FEEDBACK_DB) with the file \`vetted serve\` writes; by default ${DEFAULT_FEEDBACK_DB} in the folder it runs in.\n`,
    );
    return 1;
  }

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

  if (values.json) {
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
