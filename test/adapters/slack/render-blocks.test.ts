// Answer -> Block Kit: order, Slack's limits, escaping, and no pings from any text.
import { describe, expect, it } from 'vitest';
import { markdownToMrkdwn, slackLink } from '../../../src/adapters/slack/mrkdwn.js';
import { renderAnswer } from '../../../src/adapters/slack/render-blocks.js';
import type { Answer } from '../../../src/core/types.js';

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    outcome: 'answer',
    triage: { level: null, rule: null },
    escalation: null,
    title: 'Flu symptoms',
    body: 'Flu starts **suddenly**.',
    sources: [{ title: 'CDC', url: 'https://www.cdc.gov/flu/' }],
    review: {
      status: 'reviewed',
      reviewedBy: 'Jane Roe, MD',
      reviewedOn: '2026-10-01',
      text: 'Reviewed by Jane Roe, MD on 2026-10-01',
    },
    seeClinicianIf: ['you are short of breath'],
    related: [],
    choices: [],
    disclaimer: 'General information, not medical advice.',
    sensitive: false,
    entry: 'flu-symptoms',
    candidates: ['flu-symptoms'],
    confidence: 0.9,
    audit: { entryId: 'flu-symptoms', contentHash: 'abc', knowledgeVersion: 'v1' },
    text: 'Flu symptoms\n\nFlu starts **suddenly**.',
    ...overrides,
  };
}

// biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON.
function allStrings(value: any): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('Slack mrkdwn', () => {
  it('turns Markdown into mrkdwn and escapes &, <, >', () => {
    expect(markdownToMrkdwn('**bold** and *italic*, [CDC](https://cdc.gov/a?b=1&c=2) & 3 < 4 > 2')).toBe(
      '*bold* and _italic_, <https://cdc.gov/a?b=1&amp;c=2|CDC> &amp; 3 &lt; 4 &gt; 2',
    );
    expect(markdownToMrkdwn('## When to worry\n- one\n* two')).toBe('*When to worry*\n• one\n• two');
  });

  it('never lets a link carry a script or break out of its brackets', () => {
    expect(slackLink('javascript:alert(1)', 'click')).toBe('click');
    expect(slackLink('https://x.org/a|b>c', 'a|b')).toBe('<https://x.org/a%7Cb%3Ec|a¦b>');
  });
});

describe('renderAnswer', () => {
  it('puts an emergency escalation first, marked, with its numbers, and in the fallback text first', () => {
    const message = renderAnswer(
      answer({
        escalation: {
          level: 'emergency',
          source: 'chest-pain',
          text: 'Call 911 now.',
          contacts: [{ label: 'Emergency services', number: '911' }],
        },
        text: '⚠ Call 911 now.\n\nFlu symptoms\n\nFlu starts **suddenly**.',
      }),
    );
    expect(message.blocks[0]).toEqual({
      type: 'section',
      block_id: 'vetted_escalation',
      text: {
        type: 'mrkdwn',
        text: ':rotating_light: *Call 911 now.*\n:telephone_receiver: Emergency services: *911*',
      },
    });
    expect(message.text.startsWith(':rotating_light: *Call 911 now.*')).toBe(true);
    // Said once, not twice.
    expect(message.text.match(/Call 911 now/g)).toHaveLength(1);
  });

  it('keeps the reading order: title, answer, see a clinician, sources, review, feedback, disclaimer', () => {
    const order = renderAnswer(answer()).blocks.map((b) =>
      b.type === 'section' ? b.text?.text.split('\n')[0] : b.type,
    );
    expect(order).toEqual([
      'header',
      'Flu starts *suddenly*.',
      '*See a clinician if:*',
      '*Sources*',
      'context',
      'actions',
      'context',
    ]);
  });

  it('neutralises every mention and broadcast, whatever the knowledge says', () => {
    const hostile = '<!channel> <!here|here> <@U123> <#C42|general> @here @everyone <!subteam^S1>';
    const message = renderAnswer(
      answer({
        title: hostile,
        body: hostile,
        sources: [{ title: hostile, url: 'https://example.org/' }],
        seeClinicianIf: [hostile],
        related: [{ entryId: 'x', title: hostile }],
        disclaimer: hostile,
        text: hostile,
      }),
    );
    for (const text of [...allStrings(message.blocks), message.text]) {
      expect(text).not.toMatch(/<[!@#]/);
      expect(text).not.toMatch(/@(here|channel|everyone)\b/);
    }
  });

  it("stays within Slack's limits for a very long answer, keeping escalation first and disclaimer last", () => {
    const paragraph = `${'word '.repeat(190)}\n\n`;
    const message = renderAnswer(
      answer({
        title: 'T'.repeat(400),
        body: paragraph.repeat(200),
        choices: [{ entryId: 'a', title: 'C'.repeat(200) }],
        escalation: {
          level: 'crisis',
          source: 'r',
          text: 'Call 988.',
          contacts: [{ label: 'Crisis line', number: '988' }],
        },
      }),
    );
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(message.blocks[0]?.block_id).toBe('vetted_escalation');
    const last = message.blocks.at(-1);
    expect(last?.type === 'context' && JSON.stringify(last)).toContain('not medical advice');
    for (const block of message.blocks) {
      if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150);
      if (block.type === 'section') expect(block.text?.text.length).toBeLessThanOrEqual(3000);
      if (block.type === 'actions') {
        for (const element of block.elements) {
          if (element.type === 'button') expect(element.text.text.length).toBeLessThanOrEqual(75);
        }
      }
    }
    expect(JSON.stringify(message.blocks)).toContain('shortened to fit');
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });

  it('offers clarify choices as buttons carrying entry ids, and no feedback without an entry', () => {
    const message = renderAnswer(
      answer({
        outcome: 'clarify',
        title: null,
        body: 'Which one do you mean?',
        sources: [],
        review: null,
        seeClinicianIf: [],
        entry: null,
        choices: [
          { entryId: 'flu-symptoms', title: 'Flu symptoms' },
          { entryId: 'cold-vs-flu', title: 'Cold or flu?' },
        ],
      }),
    );
    const actions = message.blocks.filter((b) => b.type === 'actions');
    expect(actions).toHaveLength(1);
    expect(JSON.stringify(actions[0])).toContain('"action_id":"vetted_choose_0","value":"flu-symptoms"');
    expect(JSON.stringify(actions[0])).toContain('"action_id":"vetted_choose_1","value":"cold-vs-flu"');
  });
});
