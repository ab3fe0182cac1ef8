// The small judgements the checker relies on: typo suggestions, question sameness, real dates.
import { describe, expect, it } from 'vitest';
import { closestName } from '../../../src/core/knowledge/closest-name.js';
import { normaliseQuestion } from '../../../src/core/knowledge/cross-entry-rules.js';
import { isCalendarDate } from '../../../src/core/knowledge/dates.js';
import { ENTRY_FIELDS } from '../../../src/core/knowledge/entry-schema.js';

describe('closestName', () => {
  it('finds the field a typo or another spelling meant', () => {
    expect(closestName('questons', ENTRY_FIELDS)).toBe('questions');
    expect(closestName('seeClinicianIf', ENTRY_FIELDS)).toBe('see_clinician_if');
    expect(closestName('reviewd-by', ENTRY_FIELDS)).toBe('reviewed_by');
    expect(closestName('Title', ENTRY_FIELDS)).toBe('title');
    expect(closestName('titel', ENTRY_FIELDS)).toBe('title');
  });

  it('suggests nothing for a word that is not close to any field', () => {
    expect(closestName('favourite_colour', ENTRY_FIELDS)).toBeUndefined();
    expect(closestName('x', ENTRY_FIELDS)).toBeUndefined();
  });
});

describe('normaliseQuestion', () => {
  it('ignores case, repeated spaces and trailing punctuation', () => {
    expect(normaliseQuestion('  What is   the FLU?! ')).toBe('what is the flu');
    expect(normaliseQuestion('what is the flu')).toBe('what is the flu');
  });

  it('keeps words and inner punctuation that change the meaning', () => {
    expect(normaliseQuestion('is it flu, or a cold?')).toBe('is it flu, or a cold');
    expect(normaliseQuestion('what is the flu')).not.toBe(normaliseQuestion('what is a flu'));
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates written YYYY-MM-DD', () => {
    expect(isCalendarDate('2026-10-01')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
  });

  it('refuses impossible dates and other formats', () => {
    for (const text of [
      '2026-02-30',
      '2027-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026/10/01',
      '1/10/2026',
      '2026-1-5',
    ]) {
      expect(isCalendarDate(text), text).toBe(false);
    }
  });
});
