// `npm run bench:crisis-model [-- --folds K] [-- --vignettes DIR ...]`: how well the statistical
// crisis check generalises, measured on messages it was not trained on.
// - K-fold cross-validation over its training data (scripts/crisis-model/training-data.ts):
//   crisis recall and false alarms on the benign vignettes and chat messages of each held-out fold.
// - False alarms on message sets it never saw: the chat sets gp30c and gp30d, and COVID-Q
//   (../shared/eval/covid-q/queries.jsonl, when present): a share flagged as crisis.
// - `--vignettes DIR` (repeatable): a blind batch scored by the rules alone and by rules + model.
// - Time per message of the model alone.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { crisisTrainingData } from '../scripts/crisis-model/training-data.js';
import { bundledCrisisModel } from '../src/core/answer-service.js';
import { buildTriageClassifier } from '../src/core/triage/classifier.js';
import { readCrisis } from '../src/core/triage/crisis-model/model.js';
import { trainCrisisModel } from '../src/core/triage/crisis-model/train.js';
import { parseTriageFile } from '../src/core/triage/parse-triage-file.js';
import { loadVignettes, runVignettes, score } from '../test/fixtures/vignettes/vignettes.js';
import { describeMachine } from './lib/machine.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = (text: string) => process.stdout.write(`${text}\n`);
const argValues = (name: string) =>
  process.argv.flatMap((arg, i) =>
    arg === name && process.argv[i + 1] ? [process.argv[i + 1] as string] : [],
  );
const folds = Number(argValues('--folds')[0] ?? 5);
const pct = (hits: number, total: number) =>
  `${hits}/${total} (${((100 * hits) / Math.max(1, total)).toFixed(1)}%)`;

out(`bench:crisis-model, ${describeMachine()}`);
const model = bundledCrisisModel();
out(`shipped model: ${model.weights.size} weights, threshold ${model.threshold}`);

// --- Cross-validation: every k-th example held out in turn, a model trained on the rest.
const examples = crisisTrainingData(root);
let crisisHits = 0;
let crisisTotal = 0;
let alarms = 0;
let calm = 0;
for (let fold = 0; fold < folds; fold++) {
  const trained = trainCrisisModel(examples.filter((_, i) => i % folds !== fold));
  for (const example of examples.filter((_, i) => i % folds === fold)) {
    const flagged = readCrisis(trained, example.text).probability >= trained.threshold;
    if (example.crisis) {
      crisisTotal++;
      if (flagged) crisisHits++;
    } else {
      calm++;
      if (flagged) alarms++;
    }
  }
}
out(`\n${folds}-fold cross-validation over ${examples.length} training messages (the model alone):`);
out(`  crisis recall ${pct(crisisHits, crisisTotal)}; false alarms on everything else ${pct(alarms, calm)}`);

// --- False alarms on message sets the model never saw (none of them is a crisis message).
out('\nFlagged as crisis on sets it never saw (every message there is ordinary chat or a health question):');
const unseen = [
  join(root, 'bench/chat-eval-gp30c/queries.jsonl'),
  join(root, 'bench/chat-eval-gp30d/queries.jsonl'),
  resolve(root, '../shared/eval/covid-q/queries.jsonl'),
];
for (const file of unseen.filter((f) => existsSync(f))) {
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { q: string }).q);
  const flagged = texts.filter((text) => readCrisis(model, text).probability >= model.threshold);
  out(`  ${file.replace(`${root}`, '')}: ${pct(flagged.length, texts.length)}`);
  for (const text of flagged.slice(0, 5)) out(`    e.g. "${text.slice(0, 90)}"`);
}

// --- Blind batches: rules alone against rules + model.
const triageText = readFileSync(join(root, 'knowledge/triage.yaml'), 'utf8');
const { rules } = parseTriageFile(triageText, 'triage.yaml');
for (const dir of argValues('--vignettes')) {
  const batch = loadVignettes(resolve(dir));
  const alone = score(runVignettes(buildTriageClassifier(rules), batch));
  const both = score(runVignettes(buildTriageClassifier(rules, { model, message: 'crisis' }), batch));
  out(`\n${dir}: rules alone -> rules + model`);
  for (const level of ['emergency', 'crisis', 'urgent', 'none'] as const) {
    if (alone[level].total === 0) continue;
    out(
      `  ${level.padEnd(9)} ${alone[level].hits}/${alone[level].total} -> ${both[level].hits}/${both[level].total}`,
    );
  }
}

// --- Time per message, the model alone (features and weights), over the suite's texts.
const texts = loadVignettes().map((v) => v.text);
for (const text of texts) readCrisis(model, text); // warm-up
const start = performance.now();
const rounds = 5;
for (let r = 0; r < rounds; r++) for (const text of texts) readCrisis(model, text);
const micros = ((performance.now() - start) * 1000) / (rounds * texts.length);
out(`\nmodel alone: ${micros.toFixed(1)} µs per message (mean over ${texts.length} suite messages)`);
