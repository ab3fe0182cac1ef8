// `vetted ask`: ask the knowledge base from the terminal, one question or a batch of JSON lines.
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { buildSnapshot, bundledCrisisModel, createAnswerService } from '../../core/answer-service.js';
import { silentLogger } from '../../core/logger.js';
import { readCrisis } from '../../core/triage/crisis-model/model.js';
import { toAskJson } from '../ask/ask-json.js';
import { runBatch } from '../ask/batch.js';
import { formatExplain } from '../ask/format-explain.js';
import type { CliIo } from '../io.js';
import { knowledgeForCli } from '../knowledge-for-cli.js';

export const ASK_USAGE = `Usage:
  vetted ask [--kb DIR] [--json] [--explain] [--require-review] "question"
  vetted ask [--kb DIR] [--require-review] --batch FILE   (FILE of JSON lines {"q": "..."}; - reads stdin)

Options:
  --kb DIR           knowledge folder (default: VETTED_KB_DIR or the bundled knowledge/)
  --json             print one JSON object instead of the reply text
  --explain          also show why entries ranked where they did
  --require-review   serve only reviewed entries within their review date (VETTED_REQUIRE_REVIEW=true)
  --batch FILE       answer every line of FILE, writing one JSON line per input
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    io.stderr(`vetted ask: ${(error as Error).message}\n\n${ASK_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(ASK_USAGE);
    return 0;
  }
  const config = loadConfig(io.env);
  if (!config.ok) {
    io.stderr(`vetted: fix these settings first:\n${config.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return 1;
  }
  const question = positionals.join(' ');
  if (values.batch === undefined && question.trim() === '') {
    io.stderr(
      `vetted ask: the question is empty. Write it in quotes, like: vetted ask "what helps a sore throat"\n`,
    );
    return 2;
  }
  if (values.batch !== undefined && question.trim() !== '') {
    io.stderr('vetted ask: give either a question or --batch FILE, not both.\n');
    return 2;
  }

  const dir = values.kb ?? config.config.VETTED_KB_DIR;
  const knowledge = await knowledgeForCli(dir, io);
  if (!knowledge) return 1;
  const snapshot = buildSnapshot(knowledge);
  const answers = createAnswerService({
    snapshot: () => snapshot,
    logger: silentLogger,
    requireReview: values['require-review'] || config.config.VETTED_REQUIRE_REVIEW,
  });

  if (values.batch !== undefined) {
    const input = await openBatch(values.batch, io);
    if (!input) return 1;
    const result = await runBatch(input, answers, (line) => io.stdout(`${line}\n`));
    if (result.failed > 0) {
      io.stderr(`vetted ask: ${result.failed} line(s) were not valid input; see their {"error"} lines.\n`);
      return 1;
    }
    return 0;
  }

  const answer = await answers.answer({ text: question, platform: 'cli', requestId: 'cli' });
  if (values.json) {
    io.stdout(`${JSON.stringify(toAskJson(question, answer))}\n`);
  } else {
    io.stdout(`${answer.text}\n`);
  }
  if (values.explain) {
    const { retrieval, triage } = answers.explain(question);
    const model = bundledCrisisModel();
    const crisis = { reading: readCrisis(model, question), threshold: model.threshold };
    (values.json ? io.stderr : io.stdout)(formatExplain(knowledge, retrieval, triage, crisis));
  }
  return 0;
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      kb: { type: 'string' },
      json: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      'require-review': { type: 'boolean', default: false },
      batch: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

async function openBatch(path: string, io: CliIo): Promise<NodeJS.ReadableStream | null> {
  if (path === '-') return io.stdin;
  try {
    await access(path);
  } catch {
    io.stderr(
      `vetted ask: cannot read the batch file ${path}: check the path (use - to read standard input).\n`,
    );
    return null;
  }
  return createReadStream(path, 'utf8');
}
