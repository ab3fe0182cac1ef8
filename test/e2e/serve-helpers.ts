// Runs `node bin/vetted.js serve` as a real process over a temporary copy of a knowledge folder.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURE_KB = join(ROOT, 'test', 'fixtures', 'http-knowledge');

export async function copyKnowledge(from = FIXTURE_KB): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vetted-serve-'));
  await cp(from, dir, { recursive: true });
  return dir;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface ServeProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts the server (in the repo folder unless `cwd` says otherwise) and resolves once it has
 * printed its URL, on stderr: stdout carries the JSON log lines only.
 */
export async function startServe(
  kb: string,
  env: Record<string, string | undefined> = {},
  cwd = ROOT,
): Promise<ServeProcess> {
  const port = await freePort();
  const bin = join(ROOT, 'bin', 'vetted.js');
  const child = spawn(process.execPath, [bin, 'serve', '--kb', kb, '--port', String(port)], {
    cwd,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const check = setInterval(() => {
      const match = /chat page at (http:\/\/\S+?)\/ /.exec(err);
      if (match?.[1]) {
        clearInterval(check);
        resolve(match[1]);
      }
    }, 25);
    exited.then((code) => {
      clearInterval(check);
      reject(new Error(`vetted serve exited with ${code} before printing its URL:\n${out}\n${err}`));
    });
  });
  return { child, url, stdout: () => out, stderr: () => err, exited };
}

/** Ends a server a test left running (afterEach), and waits until it has gone. */
export async function killIfRunning(server: ServeProcess | null | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  server.child.kill('SIGKILL');
  await server.exited;
}

/** Polls until `check` passes (waiting for a file event, not measuring time). */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  what: string,
  limitMs = 10_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() - started > limitMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function ask(
  url: string,
  question: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}/v1/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
