// The unanswered-questions settings: on by default for 90 days, an off switch, and messages that
// name the setting and say what it takes.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('unanswered question settings', () => {
  it('record for 90 days by default; false turns recording off; days are whole numbers', () => {
    const defaults = loadConfig({});
    if (!defaults.ok) throw new Error(defaults.problems.join('\n'));
    expect(defaults.config.VETTED_RECORD_UNANSWERED).toBe(true);
    expect(defaults.config.VETTED_UNANSWERED_RETENTION_DAYS).toBe(90);

    const off = loadConfig({ VETTED_RECORD_UNANSWERED: 'false', VETTED_UNANSWERED_RETENTION_DAYS: '30' });
    if (!off.ok) throw new Error(off.problems.join('\n'));
    expect(off.config.VETTED_RECORD_UNANSWERED).toBe(false);
    expect(off.config.VETTED_UNANSWERED_RETENTION_DAYS).toBe(30);
    // Left empty in a .env file, the days keep their default rather than becoming 0.
    const empty = loadConfig({ VETTED_UNANSWERED_RETENTION_DAYS: '' });
    expect(empty.ok && empty.config.VETTED_UNANSWERED_RETENTION_DAYS).toBe(90);
  });

  it('reports a bad switch and bad days together, each naming the setting and what it takes', () => {
    for (const days of ['0', 'forever', '2.5', '5000']) {
      const loaded = loadConfig({
        VETTED_RECORD_UNANSWERED: 'maybe',
        VETTED_UNANSWERED_RETENTION_DAYS: days,
      });
      expect(loaded.ok).toBe(false);
      if (loaded.ok) return;
      expect(loaded.problems, days).toEqual([
        'VETTED_RECORD_UNANSWERED must be true or false',
        'VETTED_UNANSWERED_RETENTION_DAYS must be a whole number from 1 to 3650 (default 90) (days an unanswered question is kept before it is deleted)',
      ]);
    }
  });
});
