// Triage and redaction: `npm run bench:triage [-- --kb DIR] [-- --vignettes DIR] [-- --misses] [-- --rules-only]`. Recall per level and
// the false-alarm rate on the vignette suite, redaction recall/precision per identifier kind on
// the labelled corpus, and the time triage + redaction + isSensitive add to an ordinary question.
// `-- --lengths`: only the time per message length (up to the HTTP body limit), next to an
// ordinary question's, to see that cost grows in proportion to length.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { bundledCrisisModel } from '../src/core/answer-service.js';
import { isSensitive, redact } from '../src/core/privacy/redact.js';
import { buildTriageClassifier, type CrisisCheck } from '../src/core/triage/classifier.js';
import { parseTriageFile } from '../src/core/triage/parse-triage-file.js';
import { loadCorpus, scoreCorpus } from '../test/fixtures/redaction/corpus.js';
import { loadVignettes, runVignettes, score } from '../test/fixtures/vignettes/vignettes.js';
import { describeMachine } from './lib/machine.js';
import { formatNumber, markdownTable } from './lib/table.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const knowledgeDir = resolve(option('--kb') ?? join(repoRoot, 'knowledge'));
const showMisses = process.argv.includes('--misses');
const out = (text: string) => process.stdout.write(`${text}\n`);

const compileStart = performance.now();
const parsed = parseTriageFile(readFileSync(join(knowledgeDir, 'triage.yaml'), 'utf8'), 'triage.yaml');
const parseMs = performance.now() - compileStart;
for (const problem of parsed.problems)
  out(`PROBLEM ${problem.file}:${problem.line ?? '?'} ${problem.message}`);
// As served: the rules and the shipped crisis model; `--rules-only` measures the rules alone.
const rulesOnly = process.argv.includes('--rules-only');
const crisisCheck: CrisisCheck | undefined = rulesOnly
  ? undefined
  : { model: bundledCrisisModel(), message: 'crisis' };
out(
  rulesOnly ? 'triage: the rules of triage.yaml alone' : 'triage: the rules and the crisis model, as served',
);
const classifier = buildTriageClassifier(parsed.rules, crisisCheck);

// --- Triage quality. `--vignettes DIR` scores a fresh batch (emergency/crisis/urgent/benign
// .jsonl files) before the rules are changed for it: the honest first-run measure.
const vignetteDir = option('--vignettes');
if (vignetteDir !== undefined && !existsSync(resolve(vignetteDir))) {
  out(
    `--vignettes ${vignetteDir}: no such folder. Give a folder of .jsonl files with lines like {"text": "...", "expected": "emergency", "core": true}.`,
  );
  process.exit(1);
}
const vignettes = loadVignettes(vignetteDir === undefined ? undefined : resolve(vignetteDir));
if (process.argv.includes('--lengths')) {
  benchLengths();
  process.exit(0);
}
const outcomes = runVignettes(classifier, vignettes);
const scores = score(outcomes);
out(`# Triage (${parsed.rules.length} rules from ${knowledgeDir}) — ${describeMachine()}\n`);
out(
  markdownTable(
    ['level', 'vignettes', 'core', 'caught', 'recall', 'core misses', 'bar'],
    (['emergency', 'crisis', 'urgent'] as const).map((level) => [
      level,
      String(scores[level].total),
      String(vignettes.filter((v) => v.expected === level && v.core).length),
      String(scores[level].hits),
      formatNumber(scores[level].rate),
      String(scores[level].coreMisses.length),
      level === 'urgent' ? '≥ 0.80 (urgent or higher)' : '≥ 0.95, no core miss',
    ]),
  ),
);
const falseAlarms = scores.none.total - scores.none.hits;
out(
  `\nbenign: ${scores.none.total} messages, ${falseAlarms} false alarms, false-alarm rate ${formatNumber(1 - scores.none.rate)} (bar ≤ 0.05)`,
);
out(
  `triage.yaml parsed, checked and its ${parsed.rules.reduce((n, r) => n + r.examples.trigger.length + r.examples.ignore.length, 0)} examples run in ${formatNumber(parseMs, 1)} ms`,
);
if (showMisses) {
  for (const outcome of outcomes.filter((o) => !o.ok)) {
    out(
      `  miss ${outcome.vignette.expected} -> ${outcome.got ?? 'none'} (${outcome.rule ?? '-'}): ${outcome.vignette.text}`,
    );
  }
}

// --- Redaction quality.
const corpus = loadCorpus();
const redaction = scoreCorpus(corpus, redact);
out(`\n# Redaction (${corpus.length} labelled chat sentences)\n`);
out(
  markdownTable(
    ['kind', 'expected', 'recall', 'found', 'precision'],
    redaction.byKind.map((k) => [
      k.kind,
      String(k.expected),
      formatNumber(k.recall),
      String(k.found),
      formatNumber(k.precision),
    ]),
  ),
);
const expected = redaction.byKind.reduce((n, k) => n + k.expected, 0);
const recalled = redaction.byKind.reduce((n, k) => n + k.recalled, 0);
const hidden = redaction.byKind.reduce((n, k) => n + k.hidden, 0);
const found = redaction.byKind.reduce((n, k) => n + k.found, 0);
const correct = redaction.byKind.reduce((n, k) => n + k.correct, 0);
out(
  `\noverall: recall ${formatNumber(recalled / expected)} (right kind), ${formatNumber(hidden / expected)} hidden whatever the kind; precision ${formatNumber(correct / found)}`,
);
if (showMisses) {
  for (const miss of redaction.misses) out(`  miss ${miss.kind} "${miss.value}": ${miss.text}`);
  for (const extra of redaction.falsePositives) out(`  extra ${extra.kind} "${extra.value}": ${extra.text}`);
}

// --- Speed: what triage + redaction + isSensitive add to one ordinary question.
const questions = vignettes.filter((v) => v.expected === 'none').map((v) => v.text);
const longMessage = `${'so yesterday we went shopping and had lunch and then the kids played outside for a while. '.repeat(12)}anyway my chest feels tight`;
const timeOne = (text: string) => {
  const start = performance.now();
  classifier.classify(text);
  redact(text);
  isSensitive(text);
  return performance.now() - start;
};
// Cold: each question seen for the first time by a fresh classifier (no word cache). Parsed again,
// because a classifier reuses the vocabulary its rules were compiled into by parseTriageFile.
const coldRules = parseTriageFile(
  readFileSync(join(knowledgeDir, 'triage.yaml'), 'utf8'),
  'triage.yaml',
).rules;
const coldClassifier = buildTriageClassifier(coldRules, crisisCheck);
const coldStart = performance.now();
for (const text of questions) {
  coldClassifier.classify(text);
  redact(text);
  isSensitive(text);
}
const coldMs = (performance.now() - coldStart) / questions.length;
for (let i = 0; i < 3; i++) for (const text of questions) timeOne(text);
const samples: number[] = [];
for (let round = 0; round < 20; round++) for (const text of questions) samples.push(timeOne(text));
samples.sort((a, b) => a - b);
const percentile = (p: number) =>
  samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? Number.NaN;
const longSamples = Array.from({ length: 200 }, () => timeOne(longMessage)).sort((a, b) => a - b);
out(`\n# Speed (triage + redact + isSensitive per message)\n`);
out(
  markdownTable(
    ['messages', 'runs', 'mean ms', 'p50 ms', 'p99 ms'],
    [
      [
        `${questions.length} ordinary questions`,
        String(samples.length),
        formatNumber(samples.reduce((a, b) => a + b, 0) / samples.length),
        formatNumber(percentile(0.5)),
        formatNumber(percentile(0.99)),
      ],
      ['first sight (cold word cache)', String(questions.length), formatNumber(coldMs), '–', '–'],
      [
        `one long message (${longMessage.length} chars)`,
        String(longSamples.length),
        formatNumber(longSamples.reduce((a, b) => a + b, 0) / longSamples.length),
        formatNumber(longSamples[100] ?? Number.NaN),
        formatNumber(longSamples[197] ?? Number.NaN),
      ],
    ],
  ),
);
// Adversarial input: 10,000-character messages built to make regular expressions backtrack.
const hostile = ['a', '1', 'a:', '1.', 'a@', '1-', '1/', 'Ab ', '12 ', 'a dot ', '+1 '].map((unit) =>
  unit.repeat(Math.ceil(10_000 / unit.length)),
);
const worst = Math.max(...hostile.map((text) => timeOne(text)));
out(`\nworst of ${hostile.length} adversarial 10,000-character messages: ${formatNumber(worst, 1)} ms`);
out('bar: well under 1 ms per ordinary question');

/** Median ms of `runs` calls. */
function medianMs(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN;
}

/** Time per message length: every question reaching the HTTP API is triaged, up to 16 KB. */
function benchLengths(): void {
  const benign = vignettes.filter((v) => v.expected === 'none').map((v) => v.text);
  // A fixed shuffle, so every run times the same messages.
  let seed = 1;
  const pick = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return benign[seed % benign.length] as string;
  };
  const fill = (next: () => string, length: number) => {
    let text = '';
    while (text.length < length) text += `${next()} `;
    return text.slice(0, length);
  };
  const kinds: [string, (length: number) => string][] = [
    [
      'one sentence repeated',
      (n) => fill(() => 'my son has a cough and a runny nose and he is tired and grumpy.', n),
    ],
    ['different benign sentences', (n) => fill(pick, n)],
    ['no punctuation at all', (n) => fill(pick, n).replace(/[.!?;,:\n]/g, '')],
    ['one rule word repeated', (n) => fill(() => 'blood', n)],
  ];
  const lengths = [500, 2_000, 4_000, 16_000];
  const triage = (text: string) => () => classifier.classify(text);
  const all = (text: string) => () => {
    classifier.classify(text);
    redact(text);
    isSensitive(text);
  };
  for (let round = 0; round < 3; round++) for (const text of benign) all(text)();
  // An ordinary question's cost: the median of 9 rounds over every benign vignette.
  const perQuestion = (work: (text: string) => () => void) =>
    medianMs(9, () => {
      for (const text of benign) work(text)();
    }) / benign.length;
  const shortTriage = perQuestion(triage);
  const shortAll = perQuestion(all);
  const rows: string[][] = [
    [
      `ordinary questions (${benign.length}, mean)`,
      '–',
      formatNumber(shortTriage),
      '1',
      formatNumber(shortAll),
    ],
  ];
  for (const [kind, make] of kinds) {
    for (const length of lengths) {
      const text = make(length);
      const runs = length > 4_000 ? 30 : 100;
      for (let i = 0; i < 5; i++) all(text)();
      const ms = medianMs(runs, triage(text));
      rows.push([
        kind,
        String(text.length),
        formatNumber(ms),
        formatNumber(ms / shortTriage, 1),
        formatNumber(medianMs(runs, all(text))),
      ]);
    }
  }
  out(`# Triage time by message length — ${describeMachine()}\n`);
  out(markdownTable(['message', 'chars', 'triage ms (median)', '× ordinary', 'with redaction ms'], rows));
  out('\nbars: ≤ 2 ms at 2,000 characters, ≤ 15 ms at 16,000, growing in proportion to length');
}
