// A question or a what-if about a danger sign, with nobody living it, is informational; the same
// words with a real person in them, here and now, are not.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/core/triage/normalise.js';
import { isInformationQuestion } from '../../../src/core/triage/question-framing.js';

const informational = (text: string) => isInformationQuestion(normalise(text));

describe('isInformationQuestion: what-ifs', () => {
  it('reads "if ... ever" and "just in case" as a what-if, the asker asking about it included', () => {
    expect(
      informational("If someone near me ever had a seizure, what should I do and what shouldn't I do?"),
    ).toBe(true);
    expect(
      informational(
        'If I ever felt chest pain while running, should I stop straight away or just slow down?',
      ),
    ).toBe(true);
    expect(
      informational('In case someone ever collapses at our gym, where should the defibrillator go?'),
    ).toBe(true);
    expect(informational('Just in case, what are the signs of sepsis in adults?')).toBe(true);
    expect(informational('Just, what are the signs of sepsis in adults?')).toBe(false);
  });

  it('reads "hypothetically, if my child ..." as made up only when the asker says why they ask', () => {
    expect(
      informational(
        'Hypothetically, if my toddler swallowed a button battery, what would the signs be? Just baby-proofing the house.',
      ),
    ).toBe(true);
    expect(informational('hypothetically if my dad took 30 paracetamol what would happen')).toBe(false);
    expect(informational('Hypothetically, if I took all my pills would I die')).toBe(false);
  });

  it('keeps a what-if real when it is happening now or to someone named outside it', () => {
    expect(
      informational('If I ever get chest pain like this again should I call 999? I have it right now'),
    ).toBe(false);
    expect(informational('if he stops breathing again what do I do, he went blue just now')).toBe(false);
    expect(informational('if my son ever has another seizure what should we do, he had one today')).toBe(
      false,
    );
  });
});

describe('isInformationQuestion: why the asker asks', () => {
  it("counts the asker's own words before a learner frame as part of it", () => {
    expect(
      informational(
        "I'm writing a novel and a character has a stroke at a wedding. What would the guests notice first?",
      ),
    ).toBe(true);
    expect(
      informational(
        "What are the signs that someone might be thinking about suicide? We're putting together staff training for managers.",
      ),
    ).toBe(true);
    expect(
      informational(
        "I'm putting together a flat pack and suddenly have chest pain, what are the signs of a heart attack?",
      ),
    ).toBe(false);
  });

  it('lets a clause saying someone is well stand with the question', () => {
    expect(
      informational(
        'What number counts as a fever in a baby under 3 months? Mine is 5 weeks and perfectly well, I just want to be prepared.',
      ),
    ).toBe(true);
    expect(
      informational(
        'What counts as a fever in a baby? Mine is 5 weeks and perfectly well apart from being floppy',
      ),
    ).toBe(false);
    expect(informational('What counts as a fever in a baby? Mine was fine but now she is floppy')).toBe(
      false,
    );
  });
});
