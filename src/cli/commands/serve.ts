// `vetted serve`: the HTTP API, the web chat page and any configured Slack/Discord bots, in one
// process. Flags override the environment; every bad setting is reported at once.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { startVetted } from '../../main.js';
import { untilShutdown } from '../../runtime/shutdown.js';
import type { CliIo } from '../io.js';
import { formatProblem } from '../knowledge-for-cli.js';
import { listenErrorMessage } from '../listen-error.js';
import { serveBanner } from '../serve-banner.js';

export const SERVE_USAGE = `Usage:
  vetted serve [--kb DIR] [--port N] [--host H] [--require-review]

Options (each overrides the environment variable named after it):
  --kb DIR           knowledge folder (VETTED_KB_DIR; default: the bundled knowledge/)
  --port N           port to listen on (PORT; default 3000)
  --host H           address to bind (HOST; default 127.0.0.1, use 0.0.0.0 in a container)
  --require-review   serve only reviewed entries within their review date (VETTED_REQUIRE_REVIEW=true)

Stops gracefully on Ctrl-C or SIGTERM. All settings: .env.example.
`;

function parse(args: string[]) {
  return parseArgs({
    args,
    options: {
      kb: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'require-review': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
}

/** The environment with the flags written over it, so one schema checks both. */
function envWithFlags(env: NodeJS.ProcessEnv, values: ReturnType<typeof parse>['values']): NodeJS.ProcessEnv {
  return {
    ...env,
    ...(values.kb !== undefined ? { VETTED_KB_DIR: resolve(values.kb) } : {}),
    ...(values.port !== undefined ? { PORT: values.port } : {}),
    ...(values.host !== undefined ? { HOST: values.host } : {}),
    ...(values['require-review'] ? { VETTED_REQUIRE_REVIEW: 'true' } : {}),
  };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    io.stderr(`vetted serve: ${(error as Error).message}\n\n${SERVE_USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(SERVE_USAGE);
    return 0;
  }
  const loaded = loadConfig(envWithFlags(io.env, parsed.values));
  if (!loaded.ok) {
    io.stderr(
      `vetted serve: fix these settings first (flags or environment, see .env.example):\n${loaded.problems
        .map((p) => `  - ${p}`)
        .join('\n')}\n`,
    );
    return 1;
  }
  const config = loaded.config;
  if (!existsSync(config.VETTED_KB_DIR)) {
    io.stderr(
      `vetted serve: the knowledge folder ${config.VETTED_KB_DIR} does not exist. Pass --kb DIR or set VETTED_KB_DIR to a folder with an entries/ sub-folder.\n`,
    );
    return 1;
  }

  // A platform that fails for good while serving (Discord: invalid token) ends the process.
  const fatal = deferred<string>();
  let started: Awaited<ReturnType<typeof startVetted>>;
  try {
    started = await startVetted(config, { onFatal: (message) => fatal.resolve(message) });
  } catch (error) {
    const message = listenErrorMessage(error, config.HOST, config.PORT);
    if (message === null) throw error;
    io.stderr(`vetted serve: ${message}\n`);
    return 1;
  }
  if (!started.ok) {
    if (started.stage === 'knowledge') {
      const errors = started.problems.filter((p) => p.severity === 'error');
      io.stderr(
        `vetted serve: the knowledge in ${config.VETTED_KB_DIR} has ${errors.length} problem(s); nothing was served:\n${errors
          .map((p) => `  ${formatProblem(p)}`)
          .join('\n')}\nRun \`vetted kb check ${config.VETTED_KB_DIR}\`, fix the files, and start again.\n`,
      );
    } else if (started.stage === 'feedback') {
      io.stderr(`vetted serve: ${started.message}\n`);
    } else {
      io.stderr(`vetted serve: the ${started.adapter} adapter could not start: ${started.message}\n`);
    }
    return 1;
  }

  const { running } = started;
  // For a person, so on stderr: stdout carries only the JSON log lines.
  io.stderr(
    serveBanner(config, {
      entries: running.knowledge.status().entries,
      url: running.url,
      feedbackDb: running.feedbackDb,
      adapters: running.adapters.map((a) => a.name),
    }),
  );

  const stopped = await Promise.race([
    untilShutdown({
      stop: () => running.close(),
      onTimeout: () => io.stderr('vetted: in-flight work did not finish within 10 s; exiting anyway.\n'),
    }).then((signal) => ({ signal })),
    fatal.promise.then((message) => ({ message })),
  ]);
  if ('message' in stopped) {
    io.stderr(`vetted serve: ${stopped.message}\n`);
    await running.close();
    return 1;
  }
  const { signal } = stopped;
  io.stderr(`vetted: stopped (${signal}).\n`);
  return 0;
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
