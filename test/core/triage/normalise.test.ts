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

  it('reads Spanish ages and fever words as English units, so a mixed message meets the number checks', () => {
    expect(words('la bebé tiene 2 meses y she has 101 F fever')).toBe(
      'la baby tiene 2 months y she has 101 f fever',
    );
    expect(words('6 semanas, fiebre de 38.5 grados')).toContain('6 weeks fever de 38.5 degrees');
  });

  it('spells the German sharp s as "ss" instead of splitting the word', () => {
    expect(words('die Straße, GROẞ')).toBe('die strasse gross');
  });
});
