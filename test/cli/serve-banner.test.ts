// The lines `vetted serve` prints for a person: "connected" only for what start-up actually reached.
import { describe, expect, it } from 'vitest';
import { serveBanner } from '../../src/cli/serve-banner.js';

const KEY = 'a'.repeat(64);
const facts = { entries: 5, url: 'http://127.0.0.1:3000', feedbackDb: null };

function banner(settings: { DISCORD_TOKEN?: string; DISCORD_PUBLIC_KEY?: string }, adapters: string[]) {
  const { DISCORD_TOKEN, DISCORD_PUBLIC_KEY } = settings;
  return serveBanner({ VETTED_KB_DIR: '/kb', DISCORD_TOKEN, DISCORD_PUBLIC_KEY }, { ...facts, adapters });
}

describe('serveBanner', () => {
  it('says where to go and names no platform when none is configured', () => {
    expect(banner({}, [])).toBe(
      'vetted: serving 5 entries from /kb\n' +
        'vetted: chat page at http://127.0.0.1:3000/  (API docs at http://127.0.0.1:3000/docs)\n' +
        'vetted: feedback kept in memory only (VETTED_FEEDBACK_DB=memory)\n',
    );
  });

  it('says connected for the Discord gateway bot, and names the endpoint when the public key is set too', () => {
    const both = banner({ DISCORD_TOKEN: 'a.b.c', DISCORD_PUBLIC_KEY: KEY }, ['slack', 'discord']);
    expect(both).toContain('vetted: connected to slack, discord\n');
    expect(both).toContain(
      'vetted: discord interactions endpoint enabled at http://127.0.0.1:3000/discord/interactions\n',
    );
  });

  it('does not claim a Discord connection for the interactions endpoint alone', () => {
    const keyOnly = banner({ DISCORD_PUBLIC_KEY: KEY }, ['discord']);
    expect(keyOnly).not.toContain('connected');
    expect(keyOnly).toContain('discord interactions endpoint enabled at');
  });
});
