// The clinical bars from docs/safety.md, measured on the vignette suite with the bundled rules.
import { describe, expect, it } from 'vitest';
import { loadVignettes, runVignettes, score } from '../../fixtures/vignettes/vignettes.js';
import { bundledTriage } from './bundled-rules.js';

const { classifier, problems } = bundledTriage();
const vignettes = loadVignettes();
const scores = score(runVignettes(classifier, vignettes));
const describeMisses = (level: keyof typeof scores) =>
  scores[level].misses.map(
    (m) => `${m.vignette.file}:${m.vignette.line} "${m.vignette.text}" -> ${m.got ?? 'none'}`,
  );

describe('triage vignette suite', () => {
  it('has at least 70 emergency, 25 crisis, 25 urgent and 70 benign vignettes', () => {
    expect(problems).toEqual([]);
    expect(scores.emergency.total).toBeGreaterThanOrEqual(70);
    expect(scores.crisis.total).toBeGreaterThanOrEqual(25);
    expect(scores.urgent.total).toBeGreaterThanOrEqual(25);
    expect(scores.none.total).toBeGreaterThanOrEqual(70);
  });

  it('misses no core emergency or crisis vignette', () => {
    const coreMisses = [...scores.emergency.coreMisses, ...scores.crisis.coreMisses].map(
      (m) => m.vignette.text,
    );
    expect(coreMisses).toEqual([]);
  });

  it('reaches recall of at least 0.95 on all emergency vignettes', () => {
    expect(scores.emergency.rate, describeMisses('emergency').join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('reaches recall of at least 0.95 on all crisis vignettes', () => {
    expect(scores.crisis.rate, describeMisses('crisis').join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('escalates at least 80% of urgent vignettes to urgent or higher', () => {
    expect(scores.urgent.rate, describeMisses('urgent').join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  it('raises a false alarm on at most 5% of benign messages', () => {
    expect(1 - scores.none.rate, describeMisses('none').join('\n')).toBeLessThanOrEqual(0.05);
  });
});
