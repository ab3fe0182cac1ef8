#!/usr/bin/env node
// Entry point of the `vetted` command: runs the compiled CLI (npm ci builds dist/ in `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(compiled))) {
  process.stderr.write(
    'vetted: dist/ is missing. Run `npm ci` (or `npm run build`) in the vetted folder first.\n',
  );
  process.exit(1); // a setup problem, not a bad command line (2)
}
const { main } = await import(compiled.href);
const code = await main(process.argv.slice(2));
if (process.argv[2] === 'serve') {
  // Once serve has closed everything it owns, leave even if a library keeps a timer alive
  // (discord.js keeps reconnecting to an unreachable gateway after destroy()); the log
  // destination writes what it holds on exit.
  process.exit(code);
}
process.exitCode = code;
