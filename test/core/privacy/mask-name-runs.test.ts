// The stricter pass for stored text: names and places the redactor does not know, written as two
// or more capitalised words, are masked; a capitalised opener and a lone drug name are kept.
import { describe, expect, it } from 'vitest';
import { maskNameRuns } from '../../../src/core/privacy/mask-name-runs.js';

describe('maskNameRuns', () => {
  it('masks unknown full names and places, also beside punctuation, accents and a [NAME]', () => {
    expect(maskNameRuns('Zebulon Quartermaine in accounting has a strange rash')).toBe(
      '[NAME] in accounting has a strange rash',
    );
    expect(maskNameRuns('my son, Zebulon Quartermaine, is 8')).toBe('my son, [NAME], is 8');
    expect(maskNameRuns('(Zebulon Quartermaine) has a rash')).toBe('([NAME]) has a rash');
    expect(maskNameRuns('José Núñez tiene fiebre')).toBe('[NAME] tiene fiebre');
    expect(maskNameRuns("is [NAME] O'Brien-Smythe ok")).toBe('is [NAME] ok');
    expect(maskNameRuns('we moved to Oak Ridge last year')).toBe('we moved to [NAME] last year');
    expect(maskNameRuns("Zeb McDonald's cough")).toBe('[NAME] cough');
  });

  it('keeps capitalised openers, single capitalised words and all-caps text', () => {
    for (const text of [
      'Is Ozempic safe',
      'Can I take Tylenol and Advil',
      'What Is Gout',
      'low Vitamin D in winter',
      'IS KOMBUCHA GOOD FOR GOUT',
      'is kombucha good for gout',
    ]) {
      expect(maskNameRuns(text)).toBe(text);
    }
  });
});
