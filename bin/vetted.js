#!/usr/bin/env node
// Entry point of the `vetted` command: runs the compiled CLI (npm ci builds dist/ in `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(compiled))) {
  process.stderr.write(
    'vetted: dist/ is missing. Run `npm ci` (or `npm run build`) in the vetted folder first.\n',
  );
  process.exit(2);
}
const { main } = await import(compiled.href);
process.exitCode = await main(process.argv.slice(2));
