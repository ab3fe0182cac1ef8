// `vetted … | head`: the reader goes away before the command has written everything. The command
// must end quietly (status 0, nothing on stderr), not with an EPIPE stack trace. Each run here
// closes the reading end of stdout before the command writes anything, so every write fails.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteFeedbackStore } from '../../src/runtime/sqlite-feedback-store.js';
import { BIN, REPO_ROOT } from '../helpers/run-cli.js';

const KB = join(REPO_ROOT, 'test/fixtures/cli-knowledge');

function runWithClosedStdout(args: string[], input = ''): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    child.stdout.destroy(); // like `head` having exited already
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin.on('error', () => {}); // the command may exit before reading all of its input
    child.stdin.end(input);
  });
}

const dir = mkdtempSync(join(tmpdir(), 'vetted-closed-output-'));
const db = join(dir, 'feedback.sqlite');
beforeAll(async () => {
  const store = openSqliteFeedbackStore(db);
  for (let i = 0; i < 50; i++) {
    await store.record({
      entryId: `entry-${i}`,
      helpful: i % 2 === 0,
      platform: 'slack',
      at: '2025-03-01T08:00:00Z',
    });
  }
  store.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a command whose reader has gone (spawned)', () => {
  const batch = `${'{"q":"what helps a sore throat"}\n'.repeat(500)}`;
  const cases: [string, string[], string?][] = [
    ['ask', ['ask', '--kb', KB, 'what helps a sore throat']],
    ['ask --explain', ['ask', '--kb', KB, '--explain', 'what helps a sore throat']],
    ['ask --batch -', ['ask', '--kb', KB, '--batch', '-'], batch],
    ['kb check --verbose', ['kb', 'check', '--verbose', KB]],
    ['feedback', ['feedback', '--db', db]],
    ['--help', ['--help']],
  ];
  for (const [name, args, input] of cases) {
    it(`vetted ${name} exits 0 without a stack trace`, async () => {
      const run = await runWithClosedStdout(args, input);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    });
  }
});
