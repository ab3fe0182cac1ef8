// A fake Discord (REST API + gateway) on 127.0.0.1 for running the real discord.js against.
// Only what vetted uses: gateway info, READY/GUILD_CREATE, heartbeats, RESUME, messages, DMs,
// interaction callbacks, webhook edits/follow-ups and command registration. Every request is recorded.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { type FakeGuild, guildCreate, messageFrom, nextSnowflake, type UserPayload } from './payloads.js';

export interface RecordedRequest {
  method: string;
  /** Decoded path without the /api/v10 prefix, e.g. /channels/1/messages or /webhooks/2/t/messages/@original. */
  path: string;
  authorization: string | undefined;
  // biome-ignore lint/suspicious/noExplicitAny: recorded JSON is inspected freely by tests
  body: any;
}

export interface FakeDiscordOptions {
  token: string;
  bot: UserPayload;
  applicationId: string;
  guilds?: FakeGuild[];
  heartbeatIntervalMs?: number;
  /** Close the gateway with this code on IDENTIFY (e.g. 4004 for a bad token). */
  closeOnIdentify?: number;
}

export interface FakeDiscord {
  apiUrl: string;
  requests: RecordedRequest[];
  identifies: number;
  resumes: number;
  /** Sends a dispatch (MESSAGE_CREATE, INTERACTION_CREATE, ...) on the open gateway connection. */
  dispatch(type: string, data: object): void;
  /** Resolves with the first recorded request (past or future) matching. */
  waitForRequest(match: (request: RecordedRequest) => boolean): Promise<RecordedRequest>;
  /** Stops acknowledging heartbeats until the client reconnects. */
  dropHeartbeatsUntilReconnect(): void;
  waitForResume(): Promise<void>;
  /** Closes the gateway connection with a close code, as Discord does. */
  closeGateway(code: number): void;
  /** While false, REST requests have their connection cut before any answer (a network failure). */
  setRestReachable(reachable: boolean): void;
  /** REST requests cut so far. */
  restCuts: number;
  /** While false, gateway connections are cut before the handshake, as when it cannot be reached. */
  setGatewayUp(up: boolean): void;
  /** Gateway connections refused so far. */
  gatewayRefusals: number;
  /**
   * Serves a file as Discord's CDN would (attachments). Returns its URL. `hang` never answers;
   * `status` answers with that status instead of the file.
   */
  serveFile(
    name: string,
    body: string,
    options?: { contentType?: string; hang?: boolean; status?: number },
  ): string;
  /** How many times each served file was fetched, by name. */
  fileFetches: Map<string, number>;
  close(): Promise<void>;
}

export async function startFakeDiscord(options: FakeDiscordOptions): Promise<FakeDiscord> {
  const guilds = options.guilds ?? [];
  const waiters: { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  const dmChannels = new Map<string, string>();
  let socket: WebSocket | null = null;
  let sequence = 0;
  let dropHeartbeats = false;
  let resumeWaiters: (() => void)[] = [];
  const sessionId = `session-${nextSnowflake()}`;
  let restReachable = true;
  let gatewayUp = true;
  const files = new Map<string, { body: string; contentType: string; hang: boolean; status: number }>();

  const server = createServer((request, response) => {
    if (request.url?.startsWith('/cdn/')) return serveCdn(request, response);
    if (!restReachable) {
      fake.restCuts++;
      request.socket.destroy();
      return;
    }
    void handleRest(request, response);
  });
  const wss = new WebSocketServer({
    server,
    path: '/gateway',
    verifyClient: (info, done) => {
      if (gatewayUp) return done(true);
      // Cut before any answer, as an unreachable address does (discord.js then retries on its own).
      fake.gatewayRefusals++;
      info.req.socket.destroy();
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  const fake: FakeDiscord = {
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests: [],
    identifies: 0,
    resumes: 0,
    dispatch(type, data) {
      socket?.send(JSON.stringify({ op: 0, t: type, s: ++sequence, d: data }));
    },
    waitForRequest(match) {
      const found = fake.requests.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    dropHeartbeatsUntilReconnect() {
      dropHeartbeats = true;
    },
    waitForResume() {
      return new Promise((resolve) => resumeWaiters.push(resolve));
    },
    closeGateway(code) {
      socket?.close(code, 'closed by the fake');
    },
    setRestReachable(reachable) {
      restReachable = reachable;
    },
    restCuts: 0,
    setGatewayUp(up) {
      gatewayUp = up;
    },
    gatewayRefusals: 0,
    serveFile(name, body, options = {}) {
      files.set(name, {
        body,
        contentType: options.contentType ?? 'text/plain; charset=utf-8',
        hang: options.hang ?? false,
        status: options.status ?? 200,
      });
      return `http://127.0.0.1:${port}/cdn/attachments/${encodeURIComponent(name)}`;
    },
    fileFetches: new Map(),
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise((resolve) => wss.close(resolve));
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };

  function serveCdn(request: IncomingMessage, response: ServerResponse) {
    const name = decodeURIComponent((request.url ?? '').replace(/^\/cdn\/attachments\//, ''));
    fake.fileFetches.set(name, (fake.fileFetches.get(name) ?? 0) + 1);
    const file = files.get(name);
    if (!file) return send(response, 404, { message: 'no such file' });
    if (file.hang) return;
    if (file.status !== 200) return send(response, file.status, { message: 'refused by the fake' });
    response.writeHead(200, { 'content-type': file.contentType });
    response.end(file.body);
  }

  function record(request: RecordedRequest) {
    fake.requests.push(request);
    for (const waiter of waiters.filter((w) => w.match(request))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(request);
    }
  }

  function send(response: ServerResponse, status: number, body?: unknown) {
    response.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    response.end(body === undefined ? undefined : JSON.stringify(body));
  }

  async function handleRest(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const method = request.method ?? 'GET';
    const authorization = request.headers.authorization;
    const body = text ? JSON.parse(text) : null;
    record({ method, path, authorization, body });

    const needsBot = !path.startsWith('/interactions/') && !path.startsWith('/webhooks/');
    if (needsBot && authorization !== `Bot ${options.token}`) {
      return send(response, 401, { message: '401: Unauthorized', code: 0 });
    }
    if (method === 'GET' && path === '/gateway/bot') {
      return send(response, 200, {
        url: gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === 'POST' && path === '/users/@me/channels') {
      const recipient = String(body.recipient_id);
      if (!dmChannels.has(recipient)) dmChannels.set(recipient, nextSnowflake());
      return send(response, 200, {
        id: dmChannels.get(recipient),
        type: 1,
        last_message_id: null,
        recipients: [
          { id: recipient, username: 'someone', discriminator: '0', global_name: null, avatar: null },
        ],
      });
    }
    const channelMessage = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && channelMessage) {
      return send(response, 200, messageFrom(body, channelMessage[1] ?? '', options.bot));
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return send(response, 204);
    if (method !== 'GET' && /^\/webhooks\/\d+\/[^/]+(?:\/messages\/@original)?$/.test(path)) {
      return send(response, 200, messageFrom(body, guilds[0]?.channels[0]?.id ?? '1', options.bot));
    }
    if (method === 'PUT' && /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/.test(path)) {
      return send(
        response,
        200,
        (body as object[]).map((command) => ({
          ...command,
          id: nextSnowflake(),
          application_id: options.applicationId,
        })),
      );
    }
    send(response, 404, { message: 'Unknown route in the fake', code: 0 });
  }

  wss.on('connection', (ws) => {
    socket = ws;
    dropHeartbeats = false;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: options.heartbeatIntervalMs ?? 45_000 } }));
    ws.on('message', (raw) => {
      const frame = JSON.parse(raw.toString()) as { op: number; d: { token?: string } };
      if (frame.op === 1 && !dropHeartbeats) ws.send(JSON.stringify({ op: 11 }));
      if (frame.op === 2) {
        fake.identifies++;
        if (options.closeOnIdentify) return ws.close(options.closeOnIdentify, 'closed by the fake');
        fake.dispatch('READY', {
          v: 10,
          user: { ...options.bot, bot: true },
          guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
          session_id: sessionId,
          resume_gateway_url: gatewayUrl,
          shard: [0, 1],
          application: { id: options.applicationId, flags: 0 },
        });
        for (const guild of guilds) fake.dispatch('GUILD_CREATE', guildCreate(guild, options.bot.id));
      }
      if (frame.op === 6) {
        fake.resumes++;
        fake.dispatch('RESUMED', {});
        for (const resolve of resumeWaiters) resolve();
        resumeWaiters = [];
      }
    });
  });

  return fake;
}
