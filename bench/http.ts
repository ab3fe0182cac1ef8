// `npm run bench:http`: autocannon against POST /v1/ask of the real server (`vetted serve` from
// the compiled dist/, as `npm start` runs it) and against a bare fastify route that returns a
// constant, each in its own child process. The two alternate in short rounds so that load from
// other processes hits both alike; the median round of each is reported (req/s, p99) with their
// ratio. The bar: /v1/ask at >= 50% of the bare route's req/s. A third server, the floor, is that
// bare fastify calling the answer service (with the same answer cache) and nothing else: the most
// a free HTTP layer could give.
//   BENCH_SECONDS per route (default 10), BENCH_ROUNDS (default 5), BENCH_CONNECTIONS (default 10),
//   VETTED_KB_DIR (default: the bundled knowledge), LOG_LEVEL of the server (default info),
//   VETTED_ANSWER_CACHE_SIZE / VETTED_ANSWER_CACHE_TTL_SECONDS (the server's defaults; size 0 = off),
//   BENCH_QUESTIONS: `mix` (default: the 8 questions of bench/lib/http-questions.ts in rotation),
//   `chat-eval` (the 218 in_kb questions of bench/chat-eval/queries.jsonl in rotation: many
//   different texts, as real traffic sends) or `unique` (those 218 with a different run of spaces
//   and tabs after each request's text, so that no text repeats and every request misses the
//   answer cache: the cold cost).
// Where the answer service's own time goes, stage by stage: bench/answer-path.ts.
import { execFileSync, spawn } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { BUNDLED_KNOWLEDGE_DIR, loadConfig } from '../src/config.js';
import { chatEvalQuestions, QUESTION_MIX, uniqueVariant } from './lib/http-questions.js';
import { describeMachine } from './lib/machine.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const KB = process.env.VETTED_KB_DIR ?? BUNDLED_KNOWLEDGE_DIR;
const LOG_LEVEL = process.env.LOG_LEVEL ?? 'info';
const BAR = 0.5;

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const QUESTION_SETS = ['mix', 'chat-eval', 'unique'] as const;
type QuestionSet = (typeof QUESTION_SETS)[number];
const QUESTION_SET = (process.env.BENCH_QUESTIONS ?? 'mix') as QuestionSet;
if (!QUESTION_SETS.includes(QUESTION_SET)) {
  throw new Error(`BENCH_QUESTIONS=${QUESTION_SET} is not a question set: use ${QUESTION_SETS.join(', ')}.`);
}
const QUESTIONS = QUESTION_SET === 'mix' ? QUESTION_MIX : chatEvalQuestions();

/** The answer cache the server runs with: its own defaults unless the environment sets them. */
function cacheSettings(): { size: number; ttlSeconds: number } {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) throw new Error(`The environment has bad settings:\n${loaded.problems.join('\n')}`);
  return {
    size: loaded.config.VETTED_ANSWER_CACHE_SIZE,
    ttlSeconds: loaded.config.VETTED_ANSWER_CACHE_TTL_SECONDS,
  };
}
const CACHE = cacheSettings();

// One counter for every route and round, so no text is ever sent twice in the `unique` set.
let sent = 0;

/** The same questions for every route; `unique` rebuilds each request with a new text. */
function requestsFor(path: string): autocannon.Request[] {
  return QUESTIONS.map((question) => {
    const request: autocannon.Request = {
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question }),
    };
    if (QUESTION_SET !== 'unique') return request;
    return {
      ...request,
      setupRequest: (req) => ({
        ...req,
        body: JSON.stringify({ question: uniqueVariant(question, ++sent) }),
      }),
    };
  });
}

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

/** The server's own metrics: the sum of every series of a counter or histogram part. */
async function metricTotals(url: string): Promise<(name: string, labels?: string) => number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return (name, labels = '') =>
    [...text.matchAll(new RegExp(`^${name}\\{[^}]*${labels}[^}]*\\} ([0-9.e+-]+)$`, 'gm'))].reduce(
      (sum, m) => sum + Number(m[1]),
      0,
    );
}

/** The round with the median req/s (its own p99 with it), and every failure of every round. */
function median(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.reqPerSec - b.reqPerSec);
  const middle = sorted[Math.floor(sorted.length / 2)] as Run;
  return {
    ...middle,
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
  };
}

/** The baseline: fastify with its JSON body parser and one route that returns a constant. */
const BARE_SERVER = `
import Fastify from 'fastify';
const app = Fastify({ logger: false });
app.post('/bare', async () => ({ ok: true }));
await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(app.server.address().port + '\\n');
`;

/**
 * The floor: the same bare fastify, whose route calls the compiled answer service with the same
 * answer cache and sends a cached answer's JSON made once (as /v1/ask does), and nothing else: no
 * schema, rate limit, metrics, headers or log lines. What /v1/ask could reach with an HTTP layer
 * that cost nothing beyond fastify itself.
 */
const FLOOR_SERVER = `
import Fastify from 'fastify';
const dist = process.env.BENCH_DIST_URL;
const { buildSnapshot, createAnswerService } = await import(dist + 'core/answer-service.js');
const { loadKnowledge } = await import(dist + 'core/knowledge/load-knowledge.js');
const { silentLogger } = await import(dist + 'core/logger.js');
const { createLruAnswerCache } = await import(dist + 'runtime/lru-answer-cache.js');
const loaded = await loadKnowledge(process.env.VETTED_KB_DIR);
if (!loaded.ok) throw new Error('The knowledge does not load: run vetted kb check.');
const snapshot = buildSnapshot(loaded.knowledge);
const size = Number(process.env.BENCH_CACHE_SIZE);
const cache = size > 0
  ? createLruAnswerCache({ maxEntries: size, ttlSeconds: Number(process.env.BENCH_CACHE_TTL) })
  : undefined;
const answers = createAnswerService({ snapshot: () => snapshot, logger: silentLogger, ...(cache ? { cache } : {}) });
const serialised = new WeakMap();
const app = Fastify({ logger: false });
app.post('/v1/ask', async (request, reply) => {
  const answer = await answers.answer({ text: request.body.question, platform: 'http', channelKind: 'direct', requestId: request.id });
  if (!Object.isFrozen(answer)) return answer;
  let json = serialised.get(answer);
  if (json === undefined) serialised.set(answer, (json = Buffer.from(JSON.stringify(answer))));
  reply.type('application/json; charset=utf-8');
  return json;
});
await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(app.server.address().port + '\\n');
`;

interface Server {
  url: string;
  stop: () => void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Spawns a server and waits for the line that tells where it listens: on stdout for the bare
 * servers, on stderr for vetted (its stdout is JSON log lines only).
 */
async function spawnServer(
  args: string[],
  env: NodeJS.ProcessEnv,
  urlFrom: (line: string) => string | null,
  announcedOn: 'stdout' | 'stderr' = 'stdout',
): Promise<Server> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const announcer = announcedOn === 'stdout' ? child.stdout : child.stderr;
  // Log lines on stdout are drained without parsing, as a log shipper would read them.
  if (announcedOn === 'stdout') child.stderr.pipe(process.stderr);
  else child.stdout.resume();
  const lines = createInterface({ input: announcer });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      if (announcedOn === 'stderr') process.stderr.write(`${line}\n`); // a start-up error stays visible
      const found = urlFrom(line);
      if (!found) return;
      lines.close();
      if (announcedOn === 'stdout') child.stdout.resume();
      else child.stderr.pipe(process.stderr);
      resolve(found);
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/** The production server exactly as `npm start` runs it (compiled dist/, pino at LOG_LEVEL). */
async function startVetted(): Promise<Server> {
  return spawnServer(
    ['bin/vetted.js', 'serve', '--kb', KB, '--port', String(await freePort())],
    {
      ...process.env,
      LOG_LEVEL,
      RATE_LIMIT_MAX: '1000000',
      VETTED_WATCH_KNOWLEDGE: 'false',
      VETTED_FEEDBACK_DB: 'memory', // no votes here; nothing written into the repo
    },
    (line) => /chat page at (http:\/\/\S+?)\/ /.exec(line)?.[1] ?? null,
    'stderr',
  );
}

function startBare(): Promise<Server> {
  return spawnServer(['--input-type=module', '-e', BARE_SERVER], process.env, (line) =>
    /^\d+$/.test(line.trim()) ? `http://127.0.0.1:${line.trim()}` : null,
  );
}

function startFloor(): Promise<Server> {
  const env = {
    ...process.env,
    VETTED_KB_DIR: KB,
    BENCH_DIST_URL: pathToFileURL(join(ROOT, 'dist/')).href,
    BENCH_CACHE_SIZE: String(CACHE.size),
    BENCH_CACHE_TTL: String(CACHE.ttlSeconds),
  };
  return spawnServer(['--input-type=module', '-e', FLOOR_SERVER], env, (line) =>
    /^\d+$/.test(line.trim()) ? `http://127.0.0.1:${line.trim()}` : null,
  );
}

async function main(): Promise<number> {
  // Benchmark the compiled code that `npm start` runs, never a transpile-on-the-fly loader.
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  const vetted = await startVetted();
  const bareServer = await startBare().catch((error: unknown) => {
    vetted.stop();
    throw error;
  });
  const floorServer = await startFloor().catch((error: unknown) => {
    vetted.stop();
    bareServer.stop();
    throw error;
  });
  try {
    const askUrl = vetted.url;
    const bareUrl = bareServer.url;
    const askRequests = requestsFor('/v1/ask');
    const bareRequests = requestsFor('/bare');
    // Warm all three up (JIT, caches) before measuring.
    await load(askUrl, askRequests, 2);
    await load(floorServer.url, askRequests, 2);
    await load(bareUrl, bareRequests, 2);
    const before = await metricTotals(askUrl);
    const askRuns: Run[] = [];
    const floorRuns: Run[] = [];
    const bareRuns: Run[] = [];
    const perRound = Math.max(1, Math.round(SECONDS / ROUNDS));
    for (let round = 0; round < ROUNDS; round++) {
      askRuns.push(await load(askUrl, askRequests, perRound));
      floorRuns.push(await load(floorServer.url, askRequests, perRound));
      bareRuns.push(await load(bareUrl, bareRequests, perRound));
    }
    const after = await metricTotals(askUrl);
    const ask = median(askRuns);
    const floor = median(floorRuns);
    const bare = median(bareRuns);
    const ratio = ask.reqPerSec / bare.reqPerSec;
    // Counted over the measured /v1/ask rounds only (warm-up excluded).
    const delta = (name: string, labels?: string) => after(name, labels) - before(name, labels);
    const hits = delta('vetted_answer_cache_total', 'result="hit"');
    const misses = delta('vetted_answer_cache_total', 'result="miss"');
    const coreMicros =
      (delta('vetted_answer_duration_seconds_sum') / delta('vetted_answer_duration_seconds_count')) * 1e6;
    const bareMicros = 1e6 / bare.reqPerSec;
    const askMicros = 1e6 / ask.reqPerSec;
    const floorMicros = 1e6 / floor.reqPerSec;
    const cacheLine =
      CACHE.size > 0
        ? `answer cache: on (VETTED_ANSWER_CACHE_SIZE=${CACHE.size}, TTL ${CACHE.ttlSeconds} s); measured /v1/ask rounds: ${hits} hits, ${misses} misses = ${((100 * hits) / Math.max(1, hits + misses)).toFixed(1)}% hit rate`
        : 'answer cache: off (VETTED_ANSWER_CACHE_SIZE=0): every request runs the whole answer path';

    const row = (name: string, run: Run) =>
      `| ${name.padEnd(26)} | ${run.reqPerSec.toFixed(0).padStart(7)} | ${String(run.p99).padStart(7)} | ${String(run.non2xx + run.errors).padStart(6)} |`;
    process.stdout.write(
      [
        `bench:http, ${describeMachine()}`,
        `knowledge: ${KB}; LOG_LEVEL=${LOG_LEVEL}; ${CONNECTIONS} connections; ${ROUNDS} alternating rounds of ${perRound} s per route (median shown); ${QUESTIONS.length} questions in rotation (BENCH_QUESTIONS=${QUESTION_SET}${QUESTION_SET === 'unique' ? ': no text sent twice' : ''})`,
        cacheLine,
        `rounds /v1/ask req/s: ${askRuns.map((r) => r.reqPerSec.toFixed(0)).join(', ')}; floor: ${floorRuns.map((r) => r.reqPerSec.toFixed(0)).join(', ')}; bare: ${bareRuns.map((r) => r.reqPerSec.toFixed(0)).join(', ')}`,
        '',
        '| route                      |   req/s | p99 ms | failed |',
        '| -------------------------- | ------: | -----: | -----: |',
        row('POST /v1/ask', ask),
        row('floor: bare + answer()', floor),
        row('POST /bare (constant)', bare),
        '',
        `ratio /v1/ask ÷ bare: ${(ratio * 100).toFixed(1)}% (bar: ≥ ${BAR * 100}%) ${ratio >= BAR ? 'PASS' : 'FAIL'}`,
        `answer() inside the server, mean of the measured rounds from its own histogram (cache hits and`,
        `  misses together): ${coreMicros.toFixed(1)} µs per answer.`,
        `per request (1 / req/s): /v1/ask ${askMicros.toFixed(0)} µs, floor ${floorMicros.toFixed(0)} µs, bare ${bareMicros.toFixed(0)} µs.`,
        `floor (bare fastify calling answer() with the same cache, sending the cached JSON; nothing else):`,
        `  ${((100 * floor.reqPerSec) / bare.reqPerSec).toFixed(1)}% of the bare route; vetted's own HTTP layer (schema validation, rate limit,`,
        `  headers, metrics, a log line) adds ${(askMicros - floorMicros).toFixed(0)} µs per request.`,
        '',
      ].join('\n'),
    );
    return ratio >= BAR && ask.errors === 0 && ask.non2xx === 0 ? 0 : 1;
  } finally {
    vetted.stop();
    bareServer.stop();
    floorServer.stop();
  }
}

process.exitCode = await main();
