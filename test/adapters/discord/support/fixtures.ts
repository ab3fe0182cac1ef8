// Ids, the fixture knowledge and a real AnswerService for the Discord tests.
import { fileURLToPath } from 'node:url';
import { type Config, loadConfig } from '../../../../src/config.js';
import {
  type AnswerService,
  buildSnapshot,
  createAnswerService,
} from '../../../../src/core/answer-service.js';
import { loadKnowledge } from '../../../../src/core/knowledge/load-knowledge.js';
import type { LogFields, Logger } from '../../../../src/core/logger.js';
import type { Knowledge } from '../../../../src/core/types.js';

export const BOT = { id: '1100000000000000001', username: 'vetted' };
export const APPLICATION_ID = '1100000000000000002';
export const GUILD_ID = '1100000000000000003';
export const CHANNEL_ID = '1100000000000000004';
export const DM_CHANNEL_ID = '1100000000000000006';
export const ALICE = { id: '1100000000000000005', username: 'alice' };
export const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfakeX.token-for-tests-only';
export const GUILDS = [{ id: GUILD_ID, channels: [{ id: CHANNEL_ID, name: 'general' }] }];

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../../fixtures/discord-knowledge', import.meta.url));

export async function fixtureKnowledge(): Promise<Knowledge> {
  const loaded = await loadKnowledge(KNOWLEDGE_DIR, { today: '2026-11-27' });
  if (!loaded.ok) throw new Error(`fixture knowledge has problems: ${JSON.stringify(loaded.problems)}`);
  return loaded.knowledge;
}

export interface CapturedLog extends LogFields {
  level: 'info' | 'warn' | 'error';
  message?: string;
}

export function capturingLogger(): Logger & { lines: CapturedLog[] } {
  const lines: CapturedLog[] = [];
  const at = (level: CapturedLog['level']) => (fields: LogFields, message?: string) =>
    lines.push({ level, ...fields, ...(message ? { message } : {}) });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

export async function realAnswerService(logger: Logger): Promise<AnswerService> {
  // The real index and the real red-flag rules of the fixture's triage.yaml.
  const snapshot = buildSnapshot(await fixtureKnowledge());
  return createAnswerService({ snapshot: () => snapshot, logger, today: () => '2026-11-27' });
}

/** A Config as `vetted serve` would build it from these variables. */
export function configFrom(env: Record<string, string>): Config {
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  return loaded.config;
}
