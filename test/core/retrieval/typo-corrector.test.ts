import { describe, expect, it } from 'vitest';
import { buildTypoCorrector, editBudget } from '../../../src/core/retrieval/typo-corrector.js';

const corrector = buildTypoCorrector(
  new Map([
    ['throat', 3],
    ['symptoms', 5],
    ['diarrhoea', 2],
    ['heart', 4],
    ['conjunctivitis', 1],
  ]),
);

describe('typo corrector', () => {
  it('corrects swapped, missing and doubled letters', () => {
    expect(corrector.correct('trhoat')).toBe('throat');
    expect(corrector.correct('sympotms')).toBe('symptoms');
    expect(corrector.correct('diarhoea')).toBe('diarrhoea');
    expect(corrector.correct('conjuctivitis')).toBe('conjunctivitis');
  });

  it('leaves short words and one-letter changes in short words alone', () => {
    expect(corrector.correct('heard')).toBeNull();
    expect(corrector.correct('hat')).toBeNull();
  });

  it('returns a known word as it is', () => {
    expect(corrector.correct('throat')).toBe('throat');
  });

  it('allows more edits in longer words', () => {
    expect(editBudget(4)).toBe(0);
    expect(editBudget(6)).toBe(1);
    expect(editBudget(12)).toBe(2);
  });
});
