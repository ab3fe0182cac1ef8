// Where the time of one answer goes: `npx tsx bench/answer-path.ts`. Compiles dist/ and times,
// inside one process and on the compiled code that `vetted serve` runs, each stage of
// AnswerService.answer() over realistic questions: triage, the privacy check (isSensitive),
// retrieval, composing, and the whole answer() (those four plus choosing and logging).
// CPU time per question (process.cpuUsage, so other jobs on the machine count less than in wall
// time); the stages alternate in rounds and the median round of each is reported.
//   BENCH_ROUNDS (default 7), BENCH_PASSES per round (default: about 2,000 questions a round),
//   VETTED_KB_DIR (default: the bundled knowledge), BENCH_DIST (default: dist/ after compiling;
//   point it at another build, e.g. a copy of an older dist/, to compare before and after).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLED_KNOWLEDGE_DIR } from '../src/config.js';
import { silentLogger } from '../src/core/logger.js';
import type { Answer, Knowledge, Question, RetrievalResult, TriageResult } from '../src/core/types.js';
import { chatEvalQuestions, QUESTION_MIX } from './lib/http-questions.js';
import { describeMachine } from './lib/machine.js';
import { markdownTable } from './lib/table.js';

type AnswerServiceModule = typeof import('../src/core/answer-service.js');
type LoadModule = typeof import('../src/core/knowledge/load-knowledge.js');
type SensitivityModule = typeof import('../src/core/privacy/sensitivity.js');
type ComposeModule = typeof import('../src/core/compose/compose-answer.js');

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const KB = process.env.VETTED_KB_DIR ?? BUNDLED_KNOWLEDGE_DIR;

async function fromDist<T>(dist: string, path: string): Promise<T> {
  return (await import(pathToFileURL(join(dist, path)).href)) as T;
}

function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

type Stage = (text: string) => unknown;

/** Median over rounds of the mean CPU µs per question; the stages take turns within each round. */
async function timeStages(stages: Record<string, Stage>, questions: readonly string[]) {
  const passes = Number(process.env.BENCH_PASSES ?? Math.max(1, Math.round(2000 / questions.length)));
  const rounds: Record<string, number[]> = {};
  for (const [name, stage] of Object.entries(stages)) {
    rounds[name] = [];
    for (const text of questions) await stage(text); // warm up: JIT and per-word caches
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, stage] of Object.entries(stages)) {
      const started = cpuMicros();
      for (let pass = 0; pass < passes; pass++) for (const text of questions) await stage(text);
      rounds[name]?.push((cpuMicros() - started) / (passes * questions.length));
    }
  }
  return Object.fromEntries(Object.entries(rounds).map(([name, values]) => [name, medianOf(values)]));
}

async function main(): Promise<void> {
  let dist = process.env.BENCH_DIST;
  if (!dist) {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
    dist = join(ROOT, 'dist');
  }
  const { buildSnapshot, createAnswerService } = await fromDist<AnswerServiceModule>(
    dist,
    'core/answer-service.js',
  );
  const { loadKnowledge } = await fromDist<LoadModule>(dist, 'core/knowledge/load-knowledge.js');
  const { isSensitive } = await fromDist<SensitivityModule>(dist, 'core/privacy/sensitivity.js');
  const { composeAnswer } = await fromDist<ComposeModule>(dist, 'core/compose/compose-answer.js');

  const loaded = await loadKnowledge(KB);
  if (!loaded.ok) throw new Error(`The knowledge folder ${KB} does not load: run \`vetted kb check ${KB}\`.`);
  const knowledge: Knowledge = loaded.knowledge;
  const snapshot = buildSnapshot(knowledge);
  const service = createAnswerService({ snapshot: () => snapshot, logger: silentLogger });

  /** Composing alone: the inputs answer() would pass, worked out beforehand. */
  const composeInputs = new Map<string, { retrieval: RetrievalResult; triage: TriageResult | null }>();
  const compose = (text: string): Answer => {
    let inputs = composeInputs.get(text);
    if (!inputs) {
      inputs = { retrieval: snapshot.index.search(text), triage: snapshot.triage.classify(text) };
      composeInputs.set(text, inputs);
    }
    const { retrieval, triage } = inputs;
    const ranked = retrieval.ranked.flatMap((r) => knowledge.byId.get(r.entryId) ?? []);
    const outcome = retrieval.outcome === 'answer' && ranked[0] ? 'answer' : retrieval.outcome;
    return composeAnswer({
      knowledge,
      outcome,
      entry: outcome === 'answer' ? (ranked[0] ?? null) : null,
      candidates: ranked.slice(0, 3),
      confidence: retrieval.confidence,
      triage,
      sensitive: false,
    });
  };
  const stages: Record<string, Stage> = {
    triage: (text) => snapshot.triage.classify(text),
    sensitivity: (text) => isSensitive(text),
    retrieval: (text) => snapshot.index.search(text),
    compose,
    'whole answer()': (text) => service.answer({ text, platform: 'http' } satisfies Question),
  };

  const sets: [string, string[]][] = [
    [`the bench:http mix (${QUESTION_MIX.length} questions)`, [...QUESTION_MIX]],
    [`chat-eval in_kb (${chatEvalQuestions().length} questions)`, chatEvalQuestions()],
  ];
  const results: [string, Record<string, number>][] = [];
  for (const [label, questions] of sets) results.push([label, await timeStages(stages, questions)]);

  const names = Object.keys(stages);
  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(`bench answer-path, ${describeMachine()}`);
  out(
    `code: ${dist}; knowledge: ${KB} (${knowledge.entries.length} entries, ${knowledge.triageRules.length} triage rules)`,
  );
  out(`CPU µs per question, median of ${ROUNDS} rounds\n`);
  out(
    markdownTable(
      ['questions', ...names],
      results.map(([label, micros]) => [
        label,
        ...names.map((name) => (micros[name] ?? Number.NaN).toFixed(1)),
      ]),
    ),
  );
}

await main();
