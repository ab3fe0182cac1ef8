// `vetted serve` and its feedback database as an operator meets them: the default file under the
// working folder, closed cleanly on SIGTERM, and a path that cannot work stopping the start with
// one message (no stack trace) that names VETTED_FEEDBACK_DB and the fix.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  copyKnowledge,
  freePort,
  killIfRunning,
  ROOT,
  removeDir,
  type ServeProcess,
  startServe,
} from './serve-helpers.js';

let kb: string | undefined;
let work: string | undefined;
let server: ServeProcess | null = null;

afterEach(async () => {
  await killIfRunning(server);
  server = null;
  for (const dir of [kb, work]) if (dir) await removeDir(dir);
  kb = work = undefined;
});

async function serveOnce(env: Record<string, string>) {
  const port = String(await freePort());
  return spawnSync(process.execPath, ['bin/vetted.js', 'serve', '--kb', kb ?? '', '--port', port], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    // A path under /proc once made Node's own mkdir spin forever: a hang fails here, not the suite.
    timeout: 15_000,
  });
}

describe('vetted serve with a feedback database (spawned)', () => {
  it('creates data/feedback.sqlite under the folder it starts in, and closes it on SIGTERM', async () => {
    kb = await copyKnowledge();
    work = await mkdtemp(join(tmpdir(), 'vetted-workdir-'));
    server = await startServe(kb, { VETTED_FEEDBACK_DB: undefined }, work);
    const file = join(work, 'data', 'feedback.sqlite');
    expect(server.stderr()).toContain(`vetted: feedback saved to ${file}\n`);
    expect(existsSync(file)).toBe(true);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    // Closed, not abandoned: the write-ahead log was folded back in and removed.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const db = new Database(file, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    db.close();
    expect(tables).toEqual([{ name: 'feedback' }, { name: 'schema_migrations' }, { name: 'unanswered' }]);
  });

  it('says when votes are kept in memory only', async () => {
    kb = await copyKnowledge();
    server = await startServe(kb, { VETTED_FEEDBACK_DB: 'memory' });
    expect(server.stderr()).toContain('vetted: feedback kept in memory only (VETTED_FEEDBACK_DB=memory)\n');
  });

  it('refuses a file that is not a database, or a folder that is a file, with one clear line', async () => {
    kb = await copyKnowledge();
    work = await mkdtemp(join(tmpdir(), 'vetted-workdir-'));
    const notes = join(work, 'notes.txt');
    await writeFile(notes, 'shopping list\n'.repeat(300));

    const notDb = await serveOnce({ VETTED_FEEDBACK_DB: notes });
    expect(notDb.status).toBe(1);
    expect(notDb.stdout).toBe('');
    expect(notDb.stderr).toBe(
      `vetted serve: VETTED_FEEDBACK_DB: cannot use ${notes} for feedback: the file is not a SQLite database (SQLITE_NOTADB). Point VETTED_FEEDBACK_DB at a new file name, or move this file away.\n`,
    );

    const underFile = await serveOnce({ VETTED_FEEDBACK_DB: join(notes, 'feedback.sqlite') });
    expect(underFile.status).toBe(1);
    expect(underFile.stderr).toMatch(
      /^vetted serve: VETTED_FEEDBACK_DB: cannot use .* is not a folder\. Set VETTED_FEEDBACK_DB to a file in a folder vetted can write to .*, or to memory to keep feedback only until a restart\.\n$/,
    );
  });

  it.runIf(process.platform === 'linux')(
    'refuses a folder nobody can create (even root) without hanging',
    async () => {
      kb = await copyKnowledge();
      const result = await serveOnce({ VETTED_FEEDBACK_DB: '/proc/vetted/data/feedback.sqlite' });
      expect(result.error).toBeUndefined(); // not killed by the timeout
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /^vetted serve: VETTED_FEEDBACK_DB: cannot use \/proc\/vetted\/data\/feedback\.sqlite for feedback: the folder \/proc\/vetted cannot be created \(\w+\)\. Set VETTED_FEEDBACK_DB /,
      );
      expect(result.stderr).not.toMatch(/^\s+at /m);
    },
  );
});
