// What redact() returns: placeholders in the text, kinds and offsets on the original.
import { describe, expect, it } from 'vitest';
import { isSensitive, redact } from '../../../src/core/privacy/redact.js';

describe('redact', () => {
  it('replaces identifiers with placeholders and reports kinds with original offsets', () => {
    const text = 'I am Sarah Jones, call 555-123-4567 or sarah@example.com, born 3/14/1990.';
    const result = redact(text);
    expect(result.text).toBe('I am [NAME], call [PHONE] or [EMAIL], born [DATE].');
    expect(result.found.map((f) => f.kind)).toEqual(['NAME', 'PHONE', 'EMAIL', 'DATE']);
    for (const f of result.found) expect(text.slice(f.start, f.end)).not.toMatch(/^\s|\s$/);
    expect(text.slice(result.found[1]?.start, result.found[1]?.end)).toBe('555-123-4567');
  });

  it('keeps years, doses, blood pressure, temperatures and ages under 90', () => {
    for (const text of [
      'i had surgery in 2019',
      'take 1/2 tablet of 20 mg twice a day',
      'my bp is 120/80',
      'my temperature is 101.3',
      'my dad is 74 and has gout',
    ]) {
      expect(redact(text).text, text).toBe(text);
    }
  });

  it('redacts ages over 89 and dates in many formats', () => {
    expect(redact('my grandma is 93 and dizzy').text).toBe('my grandma is [AGE] and dizzy');
    expect(redact('seen on March 3rd, 2024-03-14 and 3/14').text).toBe('seen on [DATE], [DATE] and [DATE]');
  });

  it('never leaves a digit of a phone, SSN or record number in the text', () => {
    const text = 'ssn 123-45-6789, mrn 00458213, cell (312) 555-0199, member id XJH4412098';
    expect(redact(text).text).not.toMatch(/\d/);
  });
});

describe('isSensitive', () => {
  it('is true for identifiers and for health details about the writer or their family', () => {
    for (const text of [
      'call me at 555-123-4567',
      'I have a rash on my arm',
      'my daughter has a fever',
      "I've been diagnosed with diabetes",
      'my blood sugar is 250',
      'we think our son has asthma',
      "i'm pregnant and bleeding a little",
    ]) {
      expect(isSensitive(text), text).toBe(true);
    }
  });

  it('is false for general questions', () => {
    for (const text of [
      'what are flu symptoms',
      'how long does a cold last',
      'is ibuprofen safe with food',
      'I was wondering what the symptoms of measles are',
      'what is a normal blood pressure for adults',
    ]) {
      expect(isSensitive(text), text).toBe(false);
    }
  });
});
