// COVID-Q retrieval and abstention benchmark: `npm run bench:quality [-- --dataset DIR] [-- --synonyms FILE]`.
// Each kb.jsonl line becomes an entry file in a temporary knowledge folder, which goes through
// the real loader and the real AnswerService; fuse.js and plain BM25 run over the same entries.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAskPath } from './lib/ask-path.js';
import { type Baseline, fuseBaseline, plainBm25Baseline } from './lib/baselines.js';
import { entryFile, type LabelledQuery, readCovidQ } from './lib/covid-q.js';
import { describeMachine } from './lib/machine.js';
import { byKind, computeMetrics, type Metrics, type QueryOutcome } from './lib/metrics.js';
import { formatNumber, markdownTable } from './lib/table.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const BARS: { label: string; key: keyof Metrics; min?: number; max?: number }[] = [
  { label: 'top1', key: 'top1', min: 0.55 },
  { label: 'resolved', key: 'resolved', min: 0.55 },
  { label: 'answered_correct', key: 'answeredCorrect', min: 0.25 },
  { label: 'wrong_answer_share', key: 'wrongAnswerShare', max: 0.35 },
  { label: 'oos_no_answer', key: 'oosNoAnswer', min: 0.5 },
];

async function runBaseline(baseline: Baseline, queries: readonly LabelledQuery[]): Promise<QueryOutcome[]> {
  return queries.map((query) => {
    const started = performance.now();
    const candidates = baseline.rank(query.q);
    const ms = performance.now() - started;
    const entry = candidates[0] ?? null;
    return {
      kind: query.kind,
      expected: query.expected,
      outcome: entry === null ? 'no-answer' : 'answer',
      entry,
      candidates,
      ms,
    };
  });
}

function metricRow(name: string, metrics: Metrics): string[] {
  return [
    name,
    String(metrics.queries),
    formatNumber(metrics.top1),
    formatNumber(metrics.answeredCorrect),
    formatNumber(metrics.clarifyHit),
    formatNumber(metrics.resolved),
    formatNumber(metrics.oosNoAnswer),
    formatNumber(metrics.wrongAnswerShare),
    `${formatNumber(metrics.answerRate, 2)}/${formatNumber(metrics.clarifyRate, 2)}/${formatNumber(metrics.noAnswerRate, 2)}`,
    formatNumber(metrics.msPerQuery, 3),
  ];
}

const HEADER = [
  'system',
  'queries',
  'top1',
  'answered_correct',
  'clarify_hit',
  'resolved',
  'oos_no_answer',
  'wrong_answer_share',
  'answer/clarify/none',
  'ms/query',
];

async function main(): Promise<number> {
  const datasetDir = resolve(option('--dataset') ?? join(repoRoot, '..', 'shared', 'eval', 'covid-q'));
  const synonymsFile = option('--synonyms');
  let dataset: ReturnType<typeof readCovidQ>;
  try {
    dataset = readCovidQ(datasetDir);
  } catch (error) {
    process.stderr.write(
      `Cannot read COVID-Q from ${datasetDir} (${(error as Error).message}).\n` +
        'Get it from https://github.com/JerryWeiAI/COVID-Q as described in docs/benchmarks.md, then pass --dataset DIR.\n',
    );
    return 1;
  }

  const folder = mkdtempSync(join(tmpdir(), 'vetted-covid-q-'));
  try {
    mkdirSync(join(folder, 'entries'));
    for (const line of dataset.kb) writeFileSync(join(folder, 'entries', `${line.id}.md`), entryFile(line));
    if (synonymsFile !== undefined) copyFileSync(resolve(synonymsFile), join(folder, 'synonyms.yaml'));
    const buildStarted = performance.now();
    const path = await openAskPath(folder);
    const loadMs = performance.now() - buildStarted;

    const vetted: QueryOutcome[] = [];
    for (const query of dataset.queries) {
      const started = performance.now();
      const answer = await path.ask(query.q);
      vetted.push({
        kind: query.kind,
        expected: query.expected,
        outcome: answer.outcome,
        entry: answer.entry,
        candidates: answer.candidates,
        ms: performance.now() - started,
      });
    }
    const systems: [string, QueryOutcome[]][] = [['vetted (loader + AnswerService)', vetted]];
    for (const baseline of [
      fuseBaseline(path.knowledge.entries),
      plainBm25Baseline(path.knowledge.entries),
    ]) {
      systems.push([baseline.name, await runBaseline(baseline, dataset.queries)]);
    }

    const out = (text: string) => process.stdout.write(`${text}\n`);
    out(`# COVID-Q (${dataset.kb.length} entries, ${dataset.queries.length} queries) — ${describeMachine()}`);
    out(`dataset: ${datasetDir}${synonymsFile ? `; synonyms: ${synonymsFile}` : '; no synonyms file'}`);
    out(`knowledge folder loaded and indexed in ${loadMs.toFixed(0)} ms\n`);
    out('## Overall');
    out(
      markdownTable(
        HEADER,
        systems.map(([name, results]) => metricRow(name, computeMetrics(results))),
      ),
    );
    out('\n## Per kind');
    const rows: string[][] = [];
    for (const [name, results] of systems) {
      for (const [kind, metrics] of byKind(results)) rows.push(metricRow(`${name} · ${kind}`, metrics));
    }
    out(markdownTable(HEADER, rows));
    out('\n## Bars (issue 2)');
    const overall = computeMetrics(vetted);
    let failed = 0;
    for (const bar of BARS) {
      const value = overall[bar.key];
      const ok = bar.min !== undefined ? value >= bar.min : value <= (bar.max as number);
      if (!ok) failed++;
      out(
        `${ok ? 'PASS' : 'FAIL'} ${bar.label} ${formatNumber(value)} (${bar.min !== undefined ? `≥ ${bar.min}` : `≤ ${bar.max}`})`,
      );
    }
    return failed === 0 ? 0 : 2;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

process.exitCode = await main();
