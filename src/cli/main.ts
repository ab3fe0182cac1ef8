// The `vetted` command: dispatches to one file per subcommand. Commands are imported lazily so
// `vetted ask` never loads the HTTP server or the platform libraries.
import { readFileSync } from 'node:fs';
import { exitQuietlyWhenOutputCloses } from './closed-output.js';
import { type CliIo, processIo } from './io.js';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  ask: {
    summary: 'ask the knowledge base a question',
    load: async () => (await import('./commands/ask.js')).run,
  },
  'kb check': {
    summary: 'check a knowledge folder for problems',
    load: async () => (await import('./commands/kb-check.js')).run,
  },
  feedback: {
    summary: 'list the Helpful / Not helpful votes per entry, most in need of review first',
    load: async () => (await import('./commands/feedback.js')).run,
  },
  gaps: {
    summary: 'list what people asked that no entry answered (redacted), most asked first',
    load: async () => (await import('./commands/gaps.js')).run,
  },
  serve: {
    summary: 'run the HTTP API, web chat page and configured Slack/Discord bots',
    load: async () => (await import('./commands/serve.js')).run,
  },
  'discord register': {
    summary: 'register the /ask slash command with Discord',
    load: async () => (await import('./commands/discord-register.js')).run,
  },
};

export const USAGE = `Usage: vetted <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(18)} ${command.summary}`)
  .join('\n')}

Run \`vetted <command> --help\` for the options of one command.

Exit status: 0 done; 1 a problem to fix (a setting, a file or folder, the knowledge, a bad
--batch line, a request a service refused); 2 the command line itself was wrong.
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) exitQuietlyWhenOutputCloses();
  const [first, second] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(USAGE);
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const twoWord = second !== undefined ? `${first} ${second}` : '';
  const name = COMMANDS[twoWord] ? twoWord : first;
  const command = COMMANDS[name];
  if (!command) {
    const group = Object.keys(COMMANDS).filter((key) => key.startsWith(`${first} `));
    const hint =
      group.length > 0
        ? `Did you mean: ${group.map((g) => `vetted ${g}`).join(', ')}?`
        : 'Run `vetted --help`.';
    io.stderr(`vetted: unknown command "${[first, second].filter(Boolean).join(' ')}". ${hint}\n`);
    return 2;
  }
  const rest = argv.slice(name.split(' ').length);
  const run = await command.load();
  return run(rest, io);
}
