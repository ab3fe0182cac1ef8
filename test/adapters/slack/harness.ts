// Runs the real Slack adapter (real Bolt) against the fake Slack, in HTTP or Socket Mode, and
// delivers what Slack would send: signed HTTP requests, or Socket Mode envelopes.

import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/index.js';
import { loadConfig } from '../../../src/config.js';
import type { AnswerService } from '../../../src/core/answer-service.js';
import { createInMemoryFeedbackStore, type FeedbackStore } from '../../../src/core/feedback.js';
import type { LogFields, Logger } from '../../../src/core/logger.js';
import type { KnowledgeSettings } from '../../../src/core/types.js';
import { type FakeSlack, startFakeSlack } from '../../fakes/slack/fake-slack.js';
import { signedHeaders } from '../../fakes/slack/sign-request.js';

export const BOT_TOKEN = 'xoxb-test-bot-token';
export const APP_TOKEN = 'xapp-test-app-token';
export const SIGNING_SECRET = 'test-signing-secret';

export type Mode = 'http' | 'socket';

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  fields: LogFields;
  message?: string;
}

export interface HarnessOptions {
  answers: AnswerService;
  guidance?: () => Pick<KnowledgeSettings, 'emergencyText' | 'crisisText' | 'noAnswerText'>;
  retryConfig?: { retries: number; minTimeout?: number; maxTimeout?: number };
  botToken?: string;
  appToken?: string;
  /** Runs before the adapter starts, e.g. to make the fake unreachable. */
  beforeStart?: (fake: FakeSlack) => void;
  /** Short waits between start attempts, so retries happen within a test. */
  backoff?: { firstMs: number; maxMs: number };
  startWaitMs?: number;
}

export interface Delivery {
  /** HTTP status (HTTP mode) or 200 once the envelope was acknowledged (Socket Mode). */
  status: number;
  body: string;
}

export interface Harness {
  mode: Mode;
  fake: FakeSlack;
  adapter: SlackAdapter;
  feedback: FeedbackStore;
  logs: LogLine[];
  /** Messages passed to onFatal (a token refused after start() returned). */
  fatal: string[];
  /** Every connected / not connected change the adapter reported. */
  connection: boolean[];
  event(body: Record<string, unknown>, retryNum?: number): Promise<Delivery>;
  command(fields: Record<string, string>): Promise<Delivery>;
  action(payload: Record<string, unknown>): Promise<Delivery>;
  /** POST to /slack/events with chosen headers (HTTP mode only). */
  post(rawBody: string, headers: Record<string, string>): Promise<Delivery>;
  close(): Promise<void>;
}

export function capturingLogger(logs: LogLine[]): Logger {
  return {
    info: (fields, message) => logs.push({ level: 'info', fields, ...(message ? { message } : {}) }),
    warn: (fields, message) => logs.push({ level: 'warn', fields, ...(message ? { message } : {}) }),
    error: (fields, message) => logs.push({ level: 'error', fields, ...(message ? { message } : {}) }),
  };
}

export async function startHarness(mode: Mode, options: HarnessOptions): Promise<Harness> {
  const fake = await startFakeSlack({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  const parsed = loadConfig({
    SLACK_BOT_TOKEN: options.botToken ?? BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    ...(mode === 'socket' ? { SLACK_APP_TOKEN: options.appToken ?? APP_TOKEN } : {}),
    SLACK_API_URL: fake.apiUrl,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const logs: LogLine[] = [];
  const fatal: string[] = [];
  const connection: boolean[] = [];
  const feedback = createInMemoryFeedbackStore();
  const adapter = createSlackAdapter({
    config: parsed.config,
    answers: options.answers,
    feedback,
    logger: capturingLogger(logs),
    ...(options.guidance ? { guidance: options.guidance } : {}),
    onFatal: (message) => fatal.push(message),
    onConnection: (connected) => connection.push(connected),
    // No retries unless a test asks: a failing fake must not hang the suite.
    tuning: {
      retryConfig: options.retryConfig ?? { retries: 0 },
      ...(options.backoff ? { backoff: options.backoff } : {}),
      ...(options.startWaitMs !== undefined ? { startWaitMs: options.startWaitMs } : {}),
    },
  });
  if (!adapter) throw new Error('createSlackAdapter returned null with Slack settings present');

  let server: FastifyInstance | undefined;
  let baseUrl = '';
  if (mode === 'http') {
    server = Fastify();
    await adapter.routes?.(server);
    await server.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  }
  options.beforeStart?.(fake);
  try {
    await adapter.start();
  } catch (error) {
    await server?.close();
    await fake.close();
    throw error;
  }

  async function post(rawBody: string, headers: Record<string, string>): Promise<Delivery> {
    const response = await fetch(`${baseUrl}/slack/events`, { method: 'POST', headers, body: rawBody });
    return { status: response.status, body: await response.text() };
  }
  async function signed(rawBody: string, contentType: string, extra: Record<string, string> = {}) {
    return post(rawBody, { ...signedHeaders(SIGNING_SECRET, rawBody, contentType), ...extra });
  }
  async function envelope(type: 'events_api' | 'slash_commands' | 'interactive', payload: object, retry = 0) {
    const ack = await fake.sendEnvelope(type, payload, retry);
    return { status: 200, body: ack === null ? '' : JSON.stringify(ack) };
  }

  return {
    mode,
    fake,
    adapter,
    feedback,
    logs,
    fatal,
    connection,
    event: (body, retryNum) =>
      mode === 'http'
        ? signed(
            JSON.stringify(body),
            'application/json',
            retryNum ? { 'x-slack-retry-num': String(retryNum) } : {},
          )
        : envelope('events_api', body, retryNum),
    command: (fields) =>
      mode === 'http'
        ? signed(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded')
        : envelope('slash_commands', fields),
    action: (payload) =>
      mode === 'http'
        ? signed(
            new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
            'application/x-www-form-urlencoded',
          )
        : envelope('interactive', payload),
    post,
    async close() {
      await adapter.stop();
      await server?.close();
      await fake.close();
    },
  };
}
