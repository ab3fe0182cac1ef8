#!/usr/bin/env node
// The browser tests drive Debian's Chromium through playwright-core (no browser download is
// possible or wanted). Run before `npm test`: installs it when missing and we are root on a
// Debian-like system, otherwise says exactly how to install it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt || process.env.CHROMIUM_PATH) {
  process.stderr.write(
    `vetted tests: Chromium was not found at ${path}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) ` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run npm test again.\n',
  );
  process.exit(1);
}
process.stdout.write("vetted tests: installing Debian's chromium for the browser tests (apt-get)…\n");
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
