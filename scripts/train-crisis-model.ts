// `npm run train:crisis-model`: retrains the crisis model from the vignette suite and chat sets
// (scripts/crisis-model/training-data.ts) and writes src/core/triage/crisis-model/weights.generated.ts.
// Run it after adding vignettes; a test fails while the shipped weights are out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serialiseCrisisModel } from '../src/core/triage/crisis-model/model.js';
import { trainCrisisModel } from '../src/core/triage/crisis-model/train.js';
import { crisisTrainingData } from './crisis-model/training-data.js';
import { WEIGHTS_FILE, weightsModule } from './crisis-model/weights-module.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = crisisTrainingData(root);
const model = trainCrisisModel(examples);
writeFileSync(new URL(`../${WEIGHTS_FILE}`, import.meta.url), weightsModule(serialiseCrisisModel(model)));
const positives = examples.filter((e) => e.crisis).length;
process.stderr.write(
  `crisis model: ${examples.length} examples (${positives} crisis), ${model.weights.size} weights -> ${WEIGHTS_FILE}\n`,
);
