// The app manifest asks for exactly what the adapter uses, and points Slack at the adapter's route.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLACK_EVENTS_PATH } from '../../../src/adapters/slack/http-receiver.js';
import { loadConfig } from '../../../src/config.js';

const manifest = parse(readFileSync(new URL('../../../slack/manifest.yaml', import.meta.url), 'utf8'));

describe('slack/manifest.yaml', () => {
  it('requests exactly the scopes and events vetted uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'app_mentions:read',
      'chat:write',
      'commands',
      'im:history',
    ]);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([
      'app_mention',
      'message.im',
    ]);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });

  it('names the default slash command and sends everything to /slack/events', () => {
    const parsed = loadConfig({});
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([
      parsed.config.SLACK_COMMAND,
    ]);
    const urls = [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      ...manifest.features.slash_commands.map((c: { url: string }) => c.url),
    ];
    for (const url of urls) expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });
});
