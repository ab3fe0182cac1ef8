import { describe, expect, it } from 'vitest';
import { channelKindOf, slackTextToPlain } from '../../../src/adapters/slack/question-from-slack.js';
import { createSeenEvents } from '../../../src/adapters/slack/seen-events.js';

describe('Slack text to a question', () => {
  it("drops the bot's mention and reduces markup to the words typed", () => {
    expect(
      slackTextToPlain('<@UBOT> is flu &amp; fever bad? <https://x.org|this page> <#C1|general>', 'UBOT'),
    ).toBe('is flu & fever bad? this page general');
    expect(slackTextToPlain('<@UBOT>', 'UBOT')).toBe('');
  });

  it('knows a DM from a channel', () => {
    expect(channelKindOf('D123')).toBe('direct');
    expect(channelKindOf('C123', 'im')).toBe('direct');
    expect(channelKindOf('C123')).toBe('public');
    expect(channelKindOf('G123')).toBe('private');
  });
});

describe('event id memory', () => {
  it('forgets ids after the time to live and never holds more than its size', () => {
    let now = 0;
    const seen = createSeenEvents({ ttlMs: 1_000, maxSize: 2, now: () => now });
    expect(seen.firstTime('a')).toBe(true);
    expect(seen.firstTime('a')).toBe(false);
    now = 1_001;
    expect(seen.firstTime('a')).toBe(true);
    expect(seen.firstTime('b')).toBe(true);
    expect(seen.firstTime('c')).toBe(true);
    // 'a' was the oldest of three in a memory of two.
    expect(seen.firstTime('a')).toBe(true);
  });
});
