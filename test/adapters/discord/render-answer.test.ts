// Answer -> Discord messages: reading order, Discord's size limits, buttons.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/adapters/discord/limits.js';
import { renderAnswer } from '../../../src/adapters/discord/render-answer.js';
import { splitText } from '../../../src/adapters/shared/split-text.js';
import { unwrapSoftBreaks } from '../../../src/adapters/shared/unwrap-soft-breaks.js';
import type { Answer } from '../../../src/core/types.js';

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    outcome: 'answer',
    triage: { level: null, rule: null },
    escalation: null,
    title: 'Flu symptoms',
    body: 'Flu starts suddenly.',
    sources: [{ title: 'CDC — Flu', url: 'https://www.cdc.gov/flu/' }],
    review: {
      status: 'reviewed',
      reviewedBy: 'Jane Roe, MD',
      reviewedOn: '2026-10-01',
      text: 'Reviewed by Jane Roe, MD on 2026-10-01',
    },
    seeClinicianIf: ['you are short of breath'],
    related: [{ entryId: 'flu-treatment', title: 'Treating the flu at home' }],
    choices: [],
    disclaimer: 'This is general health information, not medical advice.',
    sensitive: false,
    entry: 'flu-symptoms',
    candidates: ['flu-symptoms'],
    confidence: 0.9,
    audit: { entryId: 'flu-symptoms', contentHash: 'abc', knowledgeVersion: 'v1' },
    text: '',
    ...overrides,
  };
}

type Embed = {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
};

function embedSize(embed: Embed): number {
  return (
    (embed.title ?? '').length +
    (embed.description ?? '').length +
    (embed.footer?.text ?? '').length +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

describe('renderAnswer', () => {
  it('shows title, answer, see-a-clinician, sources as links, review stamp and disclaimer', () => {
    const [message, ...rest] = renderAnswer(answer());
    expect(rest).toEqual([]);
    const embed = message?.embeds[0] as Embed;
    expect(embed.title).toBe('Flu symptoms');
    expect(embed.description).toBe('Flu starts suddenly.');
    expect(embed.fields?.map((f) => f.name)).toEqual(['See a clinician if', 'Sources']);
    expect(embed.fields?.[1]?.value).toBe('• [CDC — Flu](https://www.cdc.gov/flu/)');
    expect(embed.footer?.text).toBe(
      'Reviewed by Jane Roe, MD on 2026-10-01\nThis is general health information, not medical advice.',
    );
    expect(message?.content).toBeUndefined();
  });

  it('puts a crisis escalation first as plain content with its numbers', () => {
    const [message] = renderAnswer(
      answer({
        triage: { level: 'crisis', rule: 'self-harm' },
        escalation: {
          level: 'crisis',
          source: 'self-harm',
          text: 'You are not alone. Call or text 988.',
          contacts: [{ label: 'Crisis line (call or text)', number: '988' }],
        },
      }),
    );
    expect(message?.content).toBe(
      '🚨 **You are not alone. Call or text 988.**\n📞 Crisis line (call or text): **988**',
    );
    expect(message?.embeds[0]?.color).toBe(0xed4245);
  });

  it('splits a very long answer within every Discord limit, losing no word', () => {
    const paragraph = `${'Plenty of fluids and rest help most people recover. '.repeat(40)}\n\n`;
    const body = paragraph.repeat(12); // about 25,000 characters
    const sources = Array.from({ length: 60 }, (_, i) => ({
      title: `Source number ${i}`,
      url: `https://example.org/${i}`,
    }));
    const messages = renderAnswer(answer({ body, sources }));
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
      const embeds = message.embeds as Embed[];
      expect(embeds.reduce((sum, e) => sum + embedSize(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
      for (const embed of embeds) {
        expect((embed.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
        for (const field of embed.fields ?? [])
          expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      }
    }
    const all = messages.flatMap((m) => m.embeds as Embed[]);
    expect(words(all.map((e) => e.description ?? '').join(' '))).toEqual(words(body));
    const sourceText = all
      .flatMap((e) => e.fields ?? [])
      .map((f) => f.value)
      .join('\n');
    for (const source of sources) expect(sourceText).toContain(`(${source.url})`);
    expect(all.at(-1)?.footer?.text).toContain('not medical advice');
    // Buttons sit under the last part only.
    expect(messages.slice(0, -1).every((m) => m.components.length === 0)).toBe(true);
    expect(messages.at(-1)?.components.length).toBeGreaterThan(0);
  });

  it('renders clarify choices as buttons with choose ids', () => {
    const [message] = renderAnswer(
      answer({
        outcome: 'clarify',
        title: null,
        body: 'Which one do you mean?',
        entry: null,
        sources: [],
        review: null,
        related: [],
        seeClinicianIf: [],
        choices: [
          { entryId: 'flu-symptoms', title: 'Flu symptoms' },
          { entryId: 'flu-treatment', title: 'Treating the flu at home' },
        ],
      }),
    );
    const buttons = message?.components.flatMap((row) => row.components) as {
      custom_id: string;
      label: string;
    }[];
    expect(buttons).toEqual([
      expect.objectContaining({ custom_id: 'vetted:choose:flu-symptoms', label: 'Flu symptoms' }),
      expect.objectContaining({
        custom_id: 'vetted:choose:flu-treatment',
        label: 'Treating the flu at home',
      }),
    ]);
  });
});

describe('unwrapSoftBreaks', () => {
  it('joins wrapped lines of a paragraph, keeping paragraphs, lists and headings', () => {
    const body =
      'Rest and drink\nplenty of fluids.\n\n## Ease it\n- honey and\n  lemon\n- lozenges\n\nThen\nsleep.';
    expect(unwrapSoftBreaks(body)).toBe(
      'Rest and drink plenty of fluids.\n\n## Ease it\n- honey and lemon\n- lozenges\n\nThen sleep.',
    );
  });
});

describe('splitText', () => {
  it('prefers paragraph, then sentence breaks, and never exceeds the limit', () => {
    expect(splitText('First paragraph.\n\nSecond one.', 20)).toEqual(['First paragraph.', 'Second one.']);
    expect(splitText('One sentence here. Another one there.', 25)).toEqual([
      'One sentence here.',
      'Another one there.',
    ]);
    const hard = splitText('x'.repeat(25), 10);
    expect(hard).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('does not cut an emoji in half', () => {
    const chunks = splitText(`${'a'.repeat(9)}😀${'b'.repeat(5)}`, 10);
    expect(chunks[0]).toBe('a'.repeat(9));
    expect(chunks.join('')).toBe(`${'a'.repeat(9)}😀${'b'.repeat(5)}`);
  });
});
