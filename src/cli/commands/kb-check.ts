// `vetted kb check`: checks a knowledge folder and prints every problem with its file, line and fix.
import { parseArgs } from 'node:util';
import { BUNDLED_KNOWLEDGE_DIR } from '../../config.js';
import { checkKnowledge } from '../../core/knowledge/check-knowledge.js';
import { reportLines } from '../../core/knowledge/report-lines.js';
import type { CliIo } from '../io.js';

export const KB_CHECK_USAGE = `Usage:
  vetted kb check [DIR] [--strict] [--json] [--verbose]

Checks every entry and settings file of the knowledge folder DIR (default: VETTED_KB_DIR or the
bundled knowledge/) and lists every problem with its file, line and how to fix it: errors first,
then warnings, with the "entry is a draft" warnings folded into one line.

Options:
  --kb DIR     the knowledge folder (same as giving DIR)
  --strict     treat warnings (drafts, overdue reviews, long answers, ...) as errors
  --json       print one JSON object {ok, entries, errors, warnings, problems} (every problem)
  --verbose    list every draft entry on its own line instead of one summary line
  -h, --help   show this help

Exit status: 0 valid, 1 problems found, 2 wrong usage.
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    io.stderr(`vetted kb check: ${(error as Error).message}\n\n${KB_CHECK_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(KB_CHECK_USAGE);
    return 0;
  }
  if (positionals.length > 1 || (positionals.length === 1 && values.kb !== undefined)) {
    io.stderr(
      `vetted kb check: give one knowledge folder, not ${positionals.length + (values.kb ? 1 : 0)}.\n\n${KB_CHECK_USAGE}`,
    );
    return 2;
  }
  const dir = positionals[0] ?? values.kb ?? (io.env.VETTED_KB_DIR?.trim() || BUNDLED_KNOWLEDGE_DIR);

  const check = await checkKnowledge(dir);
  const errors = check.problems.filter((found) => found.severity === 'error').length;
  const warnings = check.problems.length - errors;
  const ok = errors === 0 && !(values.strict && warnings > 0);

  if (values.json) {
    io.stdout(
      `${JSON.stringify({ ok, entries: check.entryFileCount, errors, warnings, problems: check.problems })}\n`,
    );
    return ok ? 0 : 1;
  }
  for (const line of reportLines(check.problems, { verbose: values.verbose })) io.stdout(`${line}\n`);
  const summary = [
    count(check.entryFileCount, 'entry', 'entries'),
    count(errors, 'error', 'errors'),
    count(warnings, 'warning', 'warnings'),
  ].join(', ');
  const verdict = ok
    ? 'the knowledge is valid.'
    : errors > 0
      ? 'fix the errors above, then run the check again.'
      : 'warnings count as errors with --strict.';
  io.stdout(`${summary}: ${verdict}\n`);
  return ok ? 0 : 1;
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      kb: { type: 'string' },
      strict: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
