// The small pure parts: question text, custom ids, the per-user limit, the API base URL.
import { describe, expect, it } from 'vitest';
import { discordApiBase } from '../../../src/adapters/discord/api-url.js';
import { parseCustomId } from '../../../src/adapters/discord/custom-id.js';
import { questionText } from '../../../src/adapters/discord/question-text.js';
import { createUserRateLimiter } from '../../../src/adapters/discord/user-rate-limiter.js';
import { discordSettingsProblems, loadConfig } from '../../../src/config.js';
import { configFrom } from './support/fixtures.js';

describe('questionText', () => {
  it('drops the bot mention and any other user, role or channel mention', () => {
    expect(questionText('<@123> what helps a <@!456> sore throat <@&789> <#42>')).toBe(
      'what helps a sore throat',
    );
    expect(questionText('<@123>   ')).toBe('');
  });
});

describe('parseCustomId', () => {
  it('reads vetted ids and refuses anything else', () => {
    expect(parseCustomId('vetted:choose:flu-symptoms')).toEqual({ kind: 'choose', entryId: 'flu-symptoms' });
    expect(parseCustomId('vetted:unhelpful:cough')).toEqual({
      kind: 'feedback',
      entryId: 'cough',
      helpful: false,
    });
    expect(parseCustomId('vetted:choose:../../etc')).toBeNull();
    expect(parseCustomId('other-bot:thing')).toBeNull();
  });
});

describe('createUserRateLimiter', () => {
  it('allows N questions per user per minute, then again after the window', () => {
    let now = 0;
    const limiter = createUserRateLimiter(2, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([true, true, false]);
    expect(limiter.take('b')).toBe(true);
    now = 60_000;
    expect(limiter.take('a')).toBe(true);
  });
});

describe('settings', () => {
  it('accepts DISCORD_API_URL with or without version and slash', () => {
    expect(discordApiBase(undefined)).toBe('https://discord.com/api');
    expect(discordApiBase('https://proxy.example/api/v10/')).toBe('https://proxy.example/api');
  });

  it('names the variable and the fix for a malformed token or a public key without application id', () => {
    const badToken = loadConfig({
      DISCORD_TOKEN: 'not-a-token',
      DISCORD_APPLICATION_ID: '1100000000000000002',
    });
    expect(badToken.ok ? [] : badToken.problems).toEqual([
      expect.stringMatching(/^DISCORD_TOKEN .*Reset Token/),
    ]);
    const keyOnly = loadConfig({ DISCORD_PUBLIC_KEY: 'a'.repeat(64) });
    expect(keyOnly.ok ? [] : keyOnly.problems).toEqual([
      expect.stringMatching(
        /^DISCORD_APPLICATION_ID is required with DISCORD_PUBLIC_KEY.*General Information/,
      ),
    ]);
    expect(
      discordSettingsProblems(
        configFrom({ DISCORD_TOKEN: 'a.b.c', DISCORD_APPLICATION_ID: '1100000000000000002' }),
      ),
    ).toEqual([]);
  });
});
