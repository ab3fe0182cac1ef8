// Words quoted from a film, a cartoon or a script are nobody's situation; words quoted from a
// real person are.
import { describe, expect, it } from 'vitest';
import { isQuoted, namesMadeUpSource } from '../../../src/core/triage/made-up.js';
import { normalise } from '../../../src/core/triage/normalise.js';

const madeUp = (text: string) => namesMadeUpSource(normalise(text));

describe('namesMadeUpSource', () => {
  it('finds a film, cartoon, novel or a line to rehearse named outside the quotes', () => {
    expect(madeUp("My son keeps shouting 'I can't breathe, I'm melting!' from some cartoon")).toBe(true);
    expect(madeUp("There's a line in a film I watched, 'He's not breathing, get the paddles!'")).toBe(true);
    expect(madeUp("Rehearsing a comedy where my big line is 'Tonight I end it all!'")).toBe(true);
  });

  it('finds none in what a real person said or posted', () => {
    expect(madeUp("he keeps saying 'I can't breathe' and his lips are blue")).toBe(false);
    expect(madeUp("my friend posted 'see you on the other side' on her story")).toBe(false);
    expect(madeUp("she fainted at the show and said 'I can't breathe'")).toBe(false);
    expect(madeUp("came in from the play area saying 'I can't breathe'")).toBe(false);
  });

  it('does not count a source named only inside the quotes', () => {
    expect(madeUp('she wrote "this is the last scene of my film" and went offline')).toBe(false);
  });
});

describe('isQuoted', () => {
  it('marks words inside single or double quotes, not contractions or plural possessives', () => {
    const doc = normalise("he said 'I can't breathe' and the kids' toys were \"everywhere\"");
    const quoted = doc.words.filter((_, i) => isQuoted(doc, i, i + 1));
    expect(quoted).toEqual(['i', 'can', 'not', 'breathe', 'everywhere']);
  });

  it('leaves an unclosed quote unquoted', () => {
    const doc = normalise("'cause he can't breathe");
    expect(doc.quoted.some(Boolean)).toBe(false);
  });
});
