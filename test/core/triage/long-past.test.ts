// A match dated long ago is history, not a situation now.
import { describe, expect, it } from 'vitest';
import { inLongPast } from '../../../src/core/triage/long-past.js';
import { normalise } from '../../../src/core/triage/normalise.js';

/** Whether the first occurrence of `word` in `text` sits in a long-past clause. */
const past = (text: string, word: string) => {
  const doc = normalise(text);
  return inLongPast(doc, doc.words.indexOf(word));
};

describe('inLongPast', () => {
  it('treats a named past season or holiday as long past', () => {
    expect(past('my son broke his arm last summer', 'broke')).toBe(true);
    expect(past('she fell on the ice last winter', 'fell')).toBe(true);
    expect(past('he had a seizure last christmas', 'seizure')).toBe(true);
  });

  it('treats the teenage years as past', () => {
    expect(past('self harm as a teen, im 28 now', 'harm')).toBe(true);
    expect(past('i cut myself a lot in my teens', 'cut')).toBe(true);
  });

  it('treats an earlier pregnancy as past', () => {
    expect(past('had a uti when i was pregnant with my first', 'pregnant')).toBe(true);
  });

  it('reads "get used to it" as being accustomed, while "used to" alone stays the past', () => {
    expect(past("she says she won't be around for long and we should get used to it", 'around')).toBe(false);
    expect(past("i'm used to the pain in my chest now", 'chest')).toBe(false);
    expect(past('i used to cut myself', 'cut')).toBe(true);
  });

  it('keeps a medicine started a month or two back current, so its side effects still count', () => {
    expect(past('dad started carbimazole last month and now has a sore throat', 'carbimazole')).toBe(false);
    expect(past('she started him on methotrexate about 2 months ago', 'methotrexate')).toBe(false);
  });

  it('still dates a symptom that began months back, or anything begun years back, as past', () => {
    expect(past('the chest pain started last month and comes and goes', 'chest')).toBe(true);
    expect(past('started getting chest pains last month', 'chest')).toBe(true);
    expect(past('he started warfarin years ago', 'warfarin')).toBe(true);
  });

  it('keeps a recent or current clause current', () => {
    expect(past('my son broke his arm this morning', 'broke')).toBe(false);
    expect(past('fell last summer but now his arm is bent', 'bent')).toBe(false);
    expect(past('i am 24 weeks pregnant and have a uti', 'pregnant')).toBe(false);
  });
});
