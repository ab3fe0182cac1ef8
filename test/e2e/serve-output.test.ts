// What `vetted serve` prints, as a real process: stdout is JSON log lines only (a log shipper reads
// it unfiltered), the lines for a person are on stderr, and an address it cannot listen on is one
// line naming HOST or PORT with the fix, never a stack trace.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../adapters/discord/support/fixtures.js';
import {
  ask,
  copyKnowledge,
  freePort,
  ROOT,
  removeDir,
  type ServeProcess,
  startServe,
} from './serve-helpers.js';

let kb: string | undefined;
let server: ServeProcess | undefined;

afterEach(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  server = undefined;
  if (kb) await removeDir(kb);
  kb = undefined;
});

function serveWith(env: Record<string, string>, args: string[] = []) {
  return spawnSync(process.execPath, ['bin/vetted.js', 'serve', '--kb', kb as string, ...args], {
    cwd: ROOT,
    env: { ...process.env, VETTED_FEEDBACK_DB: 'memory', VETTED_WATCH_KNOWLEDGE: 'false', ...env },
    encoding: 'utf8',
  });
}

describe('vetted serve output (spawned)', () => {
  it('writes only JSON lines to stdout across start, a question and SIGTERM; the rest goes to stderr', async () => {
    kb = await copyKnowledge();
    server = await startServe(kb, { VETTED_FEEDBACK_DB: 'memory' });
    expect((await ask(server.url, 'what helps a sore throat')).status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    const lines = server
      .stdout()
      .split('\n')
      .filter((line) => line !== '');
    const events = lines.map((line) => (JSON.parse(line) as { event?: string }).event);
    expect(events).toEqual(expect.arrayContaining(['serving', 'answer', 'stopped']));
    expect(server.stderr()).toMatch(/^vetted: serving 5 entries from /m);
    expect(server.stderr()).toContain(`vetted: chat page at ${server.url}/`);
    expect(server.stderr()).toContain('vetted: feedback kept in memory only');
    expect(server.stderr()).toMatch(/vetted: stopped \(SIGTERM\)\.\n$/);
  });

  it('with only the Discord public key, names the interactions endpoint instead of claiming a connection', async () => {
    const spki = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }) as Buffer;
    kb = await copyKnowledge();
    server = await startServe(kb, {
      VETTED_FEEDBACK_DB: 'memory',
      DISCORD_PUBLIC_KEY: spki.subarray(12).toString('hex'),
      DISCORD_APPLICATION_ID: APPLICATION_ID,
    });
    const endpoint = `${server.url}/discord/interactions`;
    expect(server.stderr()).toContain(`vetted: discord interactions endpoint enabled at ${endpoint}\n`);
    expect(server.stderr()).not.toContain('connected to');
    // The named URL is the endpoint: it answers there, refusing an unsigned request.
    const unsigned = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":1}',
    });
    expect(unsigned.status).toBe(401);
  });

  it('names HOST and the fix, in one line, when HOST is not an address of this machine', async () => {
    kb = await copyKnowledge();
    // 192.0.2.1 is reserved for documentation (RFC 5737): no machine has it.
    const run = serveWith({ HOST: '192.0.2.1', PORT: String(await freePort()) });
    expect(run.status).toBe(1);
    for (const line of run.stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
    expect(run.stderr).toBe(
      'vetted serve: cannot listen on HOST=192.0.2.1: that address is not on this machine (EADDRNOTAVAIL). ' +
        'Set HOST (or --host) to 127.0.0.1 for this machine only or 0.0.0.0 for every interface.\n',
    );
  });

  it('names PORT and the fix, in one line, when the port is taken', async () => {
    kb = await copyKnowledge();
    const port = await freePort();
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      const run = serveWith({}, ['--port', String(port)]);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        `vetted serve: cannot listen on 127.0.0.1:${port}: PORT ${port} is already in use (EADDRINUSE). Stop the other program, or choose another port with --port N or PORT.\n`,
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
