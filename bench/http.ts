// `npm run bench:http`: autocannon against POST /v1/ask and against a bare fastify route that
// returns a constant, one after the other against the same server process. Reports req/s and
// p99 latency for both and their ratio; the bar is /v1/ask at >= 50% of the bare route's req/s.
//   BENCH_SECONDS (default 10)  BENCH_CONNECTIONS (default 10)  VETTED_KB_DIR (default: bundled)
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { BUNDLED_KNOWLEDGE_DIR } from '../src/config.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const KB = process.env.VETTED_KB_DIR ?? BUNDLED_KNOWLEDGE_DIR;
const BAR = 0.5;

/** A mix of what people ask: answers, an ambiguous word, no-answer, and red flags. */
const QUESTIONS = [
  'what helps a sore throat',
  'how long do flu symptoms last',
  'flu',
  'is it a cold or the flu',
  'my child has a fever of 39, what should I do',
  'how do I get rid of a cough',
  'how do I change the oil in my car',
  'my dad has chest pain spreading to his arm and is sweating',
];

const requests = QUESTIONS.map((question) => ({
  method: 'POST' as const,
  path: '/v1/ask',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ question }),
}));

interface Run {
  reqPerSec: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, reqs: autocannon.Request[], seconds: number): Promise<Run> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, requests: reqs });
  return {
    reqPerSec: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function startServers(): Promise<{ ports: { vetted: number; bare: number; entries: number }; stop: () => void }> {
  const script = fileURLToPath(new URL('./http-servers.ts', import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, script, KB], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench servers exited with ${code}`)));
  });
  return { ports: JSON.parse(line), stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<number> {
  const { ports, stop } = await startServers();
  try {
    const askUrl = `http://127.0.0.1:${ports.vetted}`;
    const bareUrl = `http://127.0.0.1:${ports.bare}`;
    const bareRequests = requests.map((r) => ({ ...r, path: '/bare' }));
    // Warm both up (JIT, caches) before measuring.
    await load(askUrl, requests, 2);
    await load(bareUrl, bareRequests, 2);
    const ask = await load(askUrl, requests, SECONDS);
    const bare = await load(bareUrl, bareRequests, SECONDS);
    const ratio = ask.reqPerSec / bare.reqPerSec;

    const row = (name: string, run: Run) =>
      `| ${name.padEnd(26)} | ${run.reqPerSec.toFixed(0).padStart(7)} | ${String(run.p99).padStart(7)} | ${String(run.non2xx + run.errors).padStart(6)} |`;
    process.stdout.write(
      [
        `bench:http on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), node ${process.version}`,
        `${ports.entries} entries from ${KB}; ${CONNECTIONS} connections, ${SECONDS} s each, ${QUESTIONS.length} questions in rotation`,
        '',
        '| route                      |   req/s | p99 ms | failed |',
        '| -------------------------- | ------: | -----: | -----: |',
        row('POST /v1/ask', ask),
        row('POST /bare (constant)', bare),
        '',
        `ratio /v1/ask ÷ bare: ${(ratio * 100).toFixed(1)}% (bar: ≥ ${BAR * 100}%) ${ratio >= BAR ? 'PASS' : 'FAIL'}`,
        '',
      ].join('\n'),
    );
    return ratio >= BAR && ask.errors === 0 && ask.non2xx === 0 ? 0 : 1;
  } finally {
    stop();
  }
}

process.exitCode = await main();
