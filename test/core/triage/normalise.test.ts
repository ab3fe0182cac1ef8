// How messages are cleaned up before matching: accents and other scripts' letters fold to plain ones.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/core/triage/normalise.js';

const words = (text: string) => normalise(text).words.join(' ');

describe('normalise', () => {
  it('folds accents so Spanish, French, German and Portuguese match rules written without them', () => {
    expect(words('todo el mundo estaría mejor sin mí')).toBe('todo el mundo estaria mejor sin mi');
    expect(words('ya no aguanto MÁS, ñoño')).toBe('ya no aguanto mas nono');
    expect(words('je veux disparaître')).toBe('je veux disparaitre');
    expect(words('ich möchte nicht, Über')).toBe('ich mochte nicht uber');
    expect(words('não quero')).toBe('nao quero');
  });

  it('spells the German sharp s as "ss" instead of splitting the word', () => {
    expect(words('die Straße, GROẞ')).toBe('die strasse gross');
  });
});
