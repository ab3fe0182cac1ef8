// `vetted serve` as a real process: start, ask, hot reload, a broken edit, SIGTERM.
import { readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ask,
  copyKnowledge,
  eventually,
  killIfRunning,
  removeDir,
  type ServeProcess,
  startServe,
} from './serve-helpers.js';

let kb: string;
let server: ServeProcess | null = null;

afterEach(async () => {
  await killIfRunning(server);
  server = null;
  await removeDir(kb);
});

async function entryTitle(url: string, id: string): Promise<string> {
  const response = await fetch(`${url}/v1/entries/${id}`);
  return ((await response.json()) as { title: string }).title;
}

describe('vetted serve (real process)', () => {
  it('answers, reloads an edit, keeps the last good knowledge on a broken edit, and stops on SIGTERM', async () => {
    kb = await copyKnowledge();
    server = await startServe(kb, { RATE_LIMIT_MAX: '100000' });
    const { url } = server;
    expect(server.stderr()).toMatch(/serving 5 entries from/);

    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const first = await ask(url, 'what helps a sore throat');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ outcome: 'answer', entry: 'sore-throat' });

    // Keep asking while the files change: no request may fail during a reload.
    const statuses: number[] = [];
    let asking = true;
    const traffic = (async () => {
      while (asking)
        statuses.push(
          await ask(url, 'what helps a sore throat').then(
            (r) => r.status,
            () => -1,
          ),
        );
    })();

    // 1. A good edit is picked up without a restart.
    const file = join(kb, 'entries', 'flu-vaccine.md');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('title: Flu vaccine', 'title: Flu vaccination'));
    await eventually(
      async () => ((await entryTitle(url, 'flu-vaccine')) === 'Flu vaccination' ? true : undefined),
      'the edited title to be served',
    );

    // 2. A broken edit: the last good knowledge stays, and the status says what is wrong.
    await writeFile(
      file,
      original.replace('title: Flu vaccine', 'title: Flu vaccine (new)').replace('sources:', 'sourcez:'),
    );
    const status = await eventually(async () => {
      const body = (await (await fetch(`${url}/v1/knowledge/status`)).json()) as {
        servingLastGood: boolean;
        lastReload: { problems: { file: string; code: string; fix: string }[] };
        reloads: { rejected: number };
      };
      return body.servingLastGood ? body : undefined;
    }, 'the broken edit to be reported');
    expect(status.lastReload.problems.some((p) => p.file.includes('flu-vaccine.md'))).toBe(true);
    // The metric and the status call it by the same word (a watcher event may add a reload between reads).
    const metrics = await (await fetch(`${url}/metrics`)).text();
    const counted = Number(/vetted_knowledge_reloads_total\{result="rejected"\} (\d+)/.exec(metrics)?.[1]);
    expect(counted).toBeGreaterThanOrEqual(1);
    expect(status.reloads.rejected).toBeGreaterThanOrEqual(1);
    expect(status.lastReload.problems[0]?.fix).toMatch(/\w/);
    expect(await entryTitle(url, 'flu-vaccine')).toBe('Flu vaccination');

    // 3. Fixing the file serves it again.
    await writeFile(file, original);
    await eventually(
      async () => ((await entryTitle(url, 'flu-vaccine')) === 'Flu vaccine' ? true : undefined),
      'the fixed file to be served',
    );
    asking = false;
    await traffic;
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200)).toBe(true);

    // The log has the reload events, with counts and codes, and never the question text.
    const log = server.stdout();
    expect(log).toMatch(/"event":"knowledge-reload-rejected".*"count":\d+/);
    expect(log).toContain('"event":"answer"');
    expect(log).not.toMatch(/sore throat|what helps/);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.stderr()).toMatch(/stopped \(SIGTERM\)/);
  });

  it('finishes an in-flight request on SIGTERM, refuses new connections, and exits 0', async () => {
    kb = await copyKnowledge();
    server = await startServe(kb);
    const { url } = server;
    const body = JSON.stringify({ question: 'what helps a sore throat' });
    const half = Math.floor(body.length / 2);

    // A request whose body is still arriving when the signal comes.
    const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(`${url}/v1/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (c: string) => {
          text += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, half));
      req.on('socket', (socket) => {
        socket.on('connect', async () => {
          // Give the server a moment to see the request start, then stop it mid-request.
          await new Promise((r) => setTimeout(r, 200));
          server?.child.kill('SIGTERM');
          // New connections are refused while this request is still open...
          await eventually(() => refused(url), 'the listener to close');
          // ...and it still gets its answer.
          req.end(body.slice(half));
        });
      });
    });

    const reply = await inFlight;
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toMatchObject({ outcome: 'answer', entry: 'sore-throat' });
    expect(await server.exited).toBe(0);

    // No log line is lost on the way out: the in-flight request's line, then the last one.
    const logged = server
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { event: string; platform?: string; outcome?: string });
    const events = logged.map((line) => line.event);
    const answered = events.indexOf('answer');
    expect(logged.filter((line) => line.event === 'answer')).toHaveLength(1);
    expect(logged[answered]).toMatchObject({ platform: 'http', outcome: 'answer' });
    expect(events.indexOf('stopped')).toBeGreaterThan(answered);
  });

  it('reports every bad setting at once and exits 1', async () => {
    kb = await copyKnowledge();
    const { spawnSync } = await import('node:child_process');
    const { ROOT } = await import('./serve-helpers.js');
    const result = spawnSync(process.execPath, ['bin/vetted.js', 'serve', '--kb', kb, '--port', 'abc'], {
      cwd: ROOT,
      env: { ...process.env, RATE_LIMIT_MAX: '0', LOG_LEVEL: 'loud' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT must be a whole number from 1 to 65535 (default 3000)');
    expect(result.stderr).toContain('RATE_LIMIT_MAX must be a whole number from 1 to 1000000 (default 30)');
    expect(result.stderr).toMatch(/LOG_LEVEL must be one of .* \(default info\)/);
  });
});

/** True once a new connection is refused: the server stopped accepting. */
async function refused(url: string): Promise<true | undefined> {
  try {
    await fetch(`${url}/healthz`);
    return undefined;
  } catch {
    return true;
  }
}
