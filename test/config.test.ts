// Settings in the one config schema (answer cache, whole numbers, feedback database): defaults,
// off switches, and messages that name the setting and say what it takes.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

function problems(env: Record<string, string>): string[] {
  const loaded = loadConfig(env);
  return loaded.ok ? [] : loaded.problems;
}

describe('answer cache settings', () => {
  it('default to 1000 answers kept for 300 seconds, and accept 0 answers (no cache)', () => {
    const defaults = loadConfig({});
    if (!defaults.ok) throw new Error(defaults.problems.join('\n'));
    expect(defaults.config.VETTED_ANSWER_CACHE_SIZE).toBe(1000);
    expect(defaults.config.VETTED_ANSWER_CACHE_TTL_SECONDS).toBe(300);
    const off = loadConfig({ VETTED_ANSWER_CACHE_SIZE: '0' });
    expect(off.ok && off.config.VETTED_ANSWER_CACHE_SIZE).toBe(0);
    // `VETTED_ANSWER_CACHE_SIZE=` left empty in a .env file keeps the default: it does not turn it off.
    const empty = loadConfig({ VETTED_ANSWER_CACHE_SIZE: '', VETTED_ANSWER_CACHE_TTL_SECONDS: '' });
    expect(
      empty.ok && [empty.config.VETTED_ANSWER_CACHE_SIZE, empty.config.VETTED_ANSWER_CACHE_TTL_SECONDS],
    ).toEqual([1000, 300]);
  });

  it('report a bad size and a bad TTL together, each naming the setting and what it takes', () => {
    const found = problems({ VETTED_ANSWER_CACHE_SIZE: 'lots', VETTED_ANSWER_CACHE_TTL_SECONDS: '0' });
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(
      /^VETTED_ANSWER_CACHE_SIZE must be a whole number from 0 to 1000000 \(default 1000\) .*0 turns the cache off/,
    );
    expect(found[1]).toMatch(/^VETTED_ANSWER_CACHE_TTL_SECONDS must be a whole number from 1 to 86400 /);
  });

  it('refuse a negative, fractional or huge size', () => {
    for (const bad of ['-1', '2.5', '5000000']) {
      expect(problems({ VETTED_ANSWER_CACHE_SIZE: bad })[0]).toMatch(/whole number from 0 to 1000000/);
    }
    expect(problems({ VETTED_ANSWER_CACHE_TTL_SECONDS: '100000' })[0]).toMatch(/from 1 to 86400/);
  });
});

describe('every whole-number setting', () => {
  it('takes a value left empty in a .env file as its default, and names the setting when it is bad', () => {
    const empty = loadConfig({ PORT: '', RATE_LIMIT_MAX: '', BODY_LIMIT_BYTES: '' });
    expect(
      empty.ok && [empty.config.PORT, empty.config.RATE_LIMIT_MAX, empty.config.BODY_LIMIT_BYTES],
    ).toEqual([3000, 30, 16_384]);
    expect(problems({ PORT: '0', RATE_LIMIT_WINDOW_SECONDS: 'soon' })).toEqual([
      'PORT must be a whole number from 1 to 65535 (default 3000)',
      'RATE_LIMIT_WINDOW_SECONDS must be a whole number from 1 to 86400 (default 60)',
    ]);
    expect(problems({ PORT: 'abc' })).toEqual(['PORT must be a whole number from 1 to 65535 (default 3000)']);
  });
});

describe('LOG_LEVEL', () => {
  it('takes a level in any case, and info when left empty', () => {
    const level = (value: string) => {
      const loaded = loadConfig({ LOG_LEVEL: value });
      return loaded.ok ? loaded.config.LOG_LEVEL : loaded.problems;
    };
    expect(level('INFO')).toBe('info');
    expect(level(' Warn ')).toBe('warn');
    expect(level('')).toBe('info');
    expect(level('loud')).toEqual([
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (default info)',
    ]);
  });
});

describe('VETTED_FEEDBACK_DB', () => {
  it('defaults to data/feedback.sqlite, also when left empty, and takes memory or a file path', () => {
    const db = (env: Record<string, string>) => {
      const loaded = loadConfig(env);
      return loaded.ok ? loaded.config.VETTED_FEEDBACK_DB : loaded.problems;
    };
    expect(db({})).toBe('data/feedback.sqlite');
    expect(db({ VETTED_FEEDBACK_DB: '  ' })).toBe('data/feedback.sqlite');
    expect(db({ VETTED_FEEDBACK_DB: 'memory' })).toBe('memory');
    expect(db({ VETTED_FEEDBACK_DB: 'Memory' })).toBe('memory');
    expect(db({ VETTED_FEEDBACK_DB: '/var/lib/vetted/votes.sqlite' })).toBe('/var/lib/vetted/votes.sqlite');
  });

  it('refuses a folder, naming the setting and what it takes', () => {
    expect(problems({ VETTED_FEEDBACK_DB: '/var/lib/vetted/' })).toEqual([
      'VETTED_FEEDBACK_DB must name a file such as data/feedback.sqlite, not a folder (drop the trailing slash), or be memory to keep feedback in memory only',
    ]);
  });
});
