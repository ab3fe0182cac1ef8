// The lines `vetted serve` prints for a person once it listens (on stderr: stdout is JSON log lines).
// "Connected" only where start-up reached the platform (Slack checks its token in both modes, the
// Discord gateway logs in); Discord's interactions endpoint is only called by Discord, so it is
// named with its URL instead.
import { INTERACTIONS_PATH } from '../adapters/discord/interactions-route.js';
import type { Config } from '../config.js';

export interface BannerFacts {
  entries: number;
  url: string;
  feedbackDb: string | null;
  /** Names of the platform adapters that started. */
  adapters: readonly string[];
}

type PlatformSettings = Pick<Config, 'VETTED_KB_DIR' | 'DISCORD_TOKEN' | 'DISCORD_PUBLIC_KEY'>;

export function serveBanner(config: PlatformSettings, facts: BannerFacts): string {
  const { url } = facts;
  const connected: string[] = [];
  const endpoints: string[] = [];
  if (facts.adapters.includes('slack')) connected.push('slack');
  if (facts.adapters.includes('discord')) {
    if (config.DISCORD_TOKEN) connected.push('discord');
    if (config.DISCORD_PUBLIC_KEY) {
      endpoints.push(`vetted: discord interactions endpoint enabled at ${url}${INTERACTIONS_PATH}\n`);
    }
  }
  const feedback = facts.feedbackDb
    ? `saved to ${facts.feedbackDb}`
    : 'kept in memory only (VETTED_FEEDBACK_DB=memory)';
  return (
    `vetted: serving ${facts.entries} entries from ${config.VETTED_KB_DIR}\n` +
    `vetted: chat page at ${url}/  (API docs at ${url}/docs)\n` +
    `vetted: feedback ${feedback}\n` +
    (connected.length > 0 ? `vetted: connected to ${connected.join(', ')}\n` : '') +
    endpoints.join('')
  );
}
