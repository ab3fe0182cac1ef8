// The watcher turns a burst of file events into one reload request, and ignores editor noise.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { type KnowledgeWatcher, watchKnowledge } from '../../src/runtime/knowledge-watcher.js';

let dir: string;
let watcher: KnowledgeWatcher | null = null;

afterEach(async () => {
  await watcher?.close();
  await rm(dir, { recursive: true, force: true });
});

function waitFor(check: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (check()) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > 5000) {
        clearInterval(poll);
        reject(new Error(`timed out waiting for ${what}`));
      }
    }, 20);
  });
}

describe('watchKnowledge', () => {
  it('asks for one reload after a burst of edits', async () => {
    dir = await mkdtemp(join(tmpdir(), 'vetted-watch-'));
    await writeFile(join(dir, 'a.md'), 'one');
    let changes = 0;
    watcher = await watchKnowledge({ dir, logger: silentLogger, debounceMs: 100, onChange: () => changes++ });
    await writeFile(join(dir, 'a.md'), 'two');
    await writeFile(join(dir, 'b.md'), 'three');
    await writeFile(join(dir, 'a.md'), 'four');
    await waitFor(() => changes > 0, 'a reload request');
    await new Promise((r) => setTimeout(r, 300));
    expect(changes).toBe(1);
  });

  it('ignores editor swap files and dotfiles', async () => {
    dir = await mkdtemp(join(tmpdir(), 'vetted-watch-'));
    let changes = 0;
    watcher = await watchKnowledge({ dir, logger: silentLogger, debounceMs: 50, onChange: () => changes++ });
    await writeFile(join(dir, '.a.md.swp'), 'x');
    await writeFile(join(dir, 'a.md~'), 'x');
    await writeFile(join(dir, '.DS_Store'), 'x');
    await new Promise((r) => setTimeout(r, 400));
    expect(changes).toBe(0);
    await writeFile(join(dir, 'real.md'), 'x');
    await waitFor(() => changes === 1, 'the real edit');
  });
});
