// The statistical crisis check beside the rules: that the shipped weights are what the training
// data gives, that it catches crisis told in words no rule holds, and that it only ever adds.
import { describe, expect, it } from 'vitest';
import { crisisTrainingData } from '../../../scripts/crisis-model/training-data.js';
import { weightsModule } from '../../../scripts/crisis-model/weights-module.js';
import { bundledCrisisModel } from '../../../src/core/answer-service.js';
import { buildTriageClassifier, CRISIS_MODEL_RULE } from '../../../src/core/triage/classifier.js';
import {
  parseCrisisModel,
  readCrisis,
  serialiseCrisisModel,
} from '../../../src/core/triage/crisis-model/model.js';
import { trainCrisisModel } from '../../../src/core/triage/crisis-model/train.js';
import { CRISIS_MODEL_WEIGHTS } from '../../../src/core/triage/crisis-model/weights.generated.js';
import { loadVignettes, runVignettes, score } from '../../fixtures/vignettes/vignettes.js';
import { bundledTriage } from './bundled-rules.js';
import { makeRule as rule } from './make-rule.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const model = bundledCrisisModel();
const withModel = (rules: ReturnType<typeof rule>[]) =>
  buildTriageClassifier(rules, { model, message: 'CRISIS TEXT' });

describe('the shipped crisis model', () => {
  it('is exactly what `npm run train:crisis-model` makes of the vignettes and chat sets', () => {
    const retrained = weightsModule(serialiseCrisisModel(trainCrisisModel(crisisTrainingData(ROOT))));
    const shipped = weightsModule(CRISIS_MODEL_WEIGHTS);
    // Vignettes were added or features changed without retraining: run `npm run train:crisis-model`.
    expect(retrained === shipped, 'run `npm run train:crisis-model` and commit the weights').toBe(true);
  }, 60_000);

  it('reads indirect crisis that no rule is given, and leaves everyday messages alone', () => {
    const triage = withModel([]);
    for (const text of [
      'sorted out who gets the dog and wrote to my sister. wont be around to see the spring',
      'everyone would honestly be better off without me dragging them down',
      'been sitting in the garage with the hosepipe again, cant keep doing this',
    ]) {
      expect(triage.classify(text), text).toEqual({
        level: 'crisis',
        rule: CRISIS_MODEL_RULE,
        message: 'CRISIS TEXT',
      });
    }
    for (const text of [
      'tell me a joke',
      "what's the weather like this weekend",
      'how much paracetamol can I take in a day for a headache',
      'my son has had a cough for a week, should he see the GP',
      'thanks, that helped',
    ]) {
      expect(triage.classify(text), text).toBeNull();
    }
  });

  it('never lowers a rule: an emergency stays an emergency, and crisis outranks an urgent rule', () => {
    const triage = withModel([rule('collapse', 'emergency', 'collapsed'), rule('rash', 'urgent', 'rash')]);
    expect(
      triage.classify('wrote the letters, the family will be better off. just collapsed on the floor')?.level,
    ).toBe('emergency');
    expect(
      triage.classify('got a rash. wrote the letters, the family will be better off without me'),
    ).toMatchObject({
      level: 'crisis',
      rule: CRISIS_MODEL_RULE,
    });
    expect(triage.classify('got a rash on my arm since yesterday')?.rule).toBe('rash');
  });

  it('says which words weighed most, for --explain', () => {
    const reading = readCrisis(model, 'everyone would be better off without me');
    expect(reading.probability).toBeGreaterThan(model.threshold);
    expect(reading.strongest.length).toBeGreaterThan(0);
  });

  it('rejects weights in an unknown format with the command that remakes them', () => {
    expect(() => parseCrisisModel('something else\nword 1')).toThrow(/npm run train:crisis-model/);
  });

  it('keeps the whole suite within the false-alarm bar and without a core miss, together with the rules', () => {
    const { rules } = bundledTriage();
    const scores = score(runVignettes(withModel(rules), loadVignettes()));
    expect(scores.emergency.coreMisses).toEqual([]);
    expect(scores.crisis.coreMisses).toEqual([]);
    expect(1 - scores.none.rate).toBeLessThanOrEqual(0.05);
  });
});
