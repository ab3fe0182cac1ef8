// The gaps report's grouping: one row per question however it was typed, most asked first.
import { describe, expect, it } from 'vitest';
import { formatGaps, groupGaps, normaliseQuestion, type UnansweredRow } from '../../src/core/gaps-report.js';

const row = (text: string, day: string, overrides: Partial<UnansweredRow> = {}): UnansweredRow => ({
  text,
  platform: 'http',
  triage: null,
  candidates: [],
  knowledgeVersion: 'v1',
  day,
  ...overrides,
});

describe('gaps report', () => {
  it('folds case, whitespace and punctuation, and apostrophes', () => {
    expect(normaliseQuestion('  What’s  GOUT?!\n')).toBe('whats gout');
    expect(normaliseQuestion("what's gout")).toBe('whats gout');
    expect(normaliseQuestion('Can [NAME] take it?')).toBe('can name take it');
  });

  it('groups one question typed many ways, most asked first, with days, platforms and nearest entries', () => {
    const gaps = groupGaps([
      row('Is kombucha good for gout?', '2025-03-02', { platform: 'slack', candidates: ['gout', 'diet'] }),
      row('is kombucha good for gout', '2025-03-05', {
        candidates: ['diet', 'gout'],
        knowledgeVersion: 'v2',
      }),
      row('IS KOMBUCHA GOOD FOR GOUT??', '2025-03-01', { triage: 'urgent', candidates: ['gout'] }),
      row('Is kombucha good for gout?', '2025-03-03', { platform: 'discord', candidates: ['gout'] }),
      row('can my cat catch my cold', '2025-03-09', { candidates: ['common-cold'] }),
    ]);
    expect(gaps).toEqual([
      {
        text: 'Is kombucha good for gout?',
        count: 4,
        urgent: 1,
        firstDay: '2025-03-01',
        lastDay: '2025-03-05',
        platforms: ['discord', 'http', 'slack'],
        nearestEntries: ['gout', 'diet'],
        lastKnowledgeVersion: 'v2',
      },
      {
        text: 'can my cat catch my cold',
        count: 1,
        urgent: 0,
        firstDay: '2025-03-09',
        lastDay: '2025-03-09',
        platforms: ['http'],
        nearestEntries: ['common-cold'],
        lastKnowledgeVersion: 'v1',
      },
    ]);
    const table = formatGaps(gaps).split('\n');
    expect(table[0]).toMatch(
      /^asked\s+urgent\s+first day\s+last day\s+platforms\s+nearest entries\s+question$/,
    );
    expect(table[1]?.trim().split(/\s{2,}/)).toEqual([
      '4',
      '1',
      '2025-03-01',
      '2025-03-05',
      'discord,http,slack',
      'gout,diet',
      'Is kombucha good for gout?',
    ]);
  });
});
