import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/core/retrieval/normalise-text.js';

describe('normaliseText', () => {
  it('removes Slack and Discord mentions, channels and custom emoji', () => {
    expect(normaliseText('<@U0123ABC> <@!1234567> <#C01|general> <!here> hi <:blob:987654>')).toBe('hi');
  });

  it('removes @names, links, emoji and emoji shortcodes', () => {
    expect(normaliseText('@vetted see https://nhs.uk/x?y=1 and www.cdc.gov 🤒👍🏽 :thumbsup: ok')).toBe(
      'see and ok',
    );
  });

  it('lower-cases, drops accents, possessives, apostrophes and punctuation', () => {
    expect(normaliseText("My CHILD's fever—won't go down?! Café")).toBe('my child fever wont go down cafe');
  });
});
