// No Docker engine runs here, so the Dockerfile is checked for what matters when it does run;
// .env.example must list every setting of src/config.ts with its real default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ROOT } from './serve-helpers.js';

const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const stages = dockerfile.split(/^FROM /m).slice(1);
const runtime = stages.at(-1) ?? '';

describe('Dockerfile', () => {
  it('builds in one stage and runs in another with production dependencies only', () => {
    expect(stages).toHaveLength(2);
    const build = stages[0] ?? '';
    expect(build).toMatch(/RUN npm ci .*--ignore-scripts/);
    expect(build).toMatch(/RUN npm run build/);
    expect(runtime).toMatch(/COPY --from=build \/app\/dist \.\/dist/);
    // The runtime has no compiler and installs nothing: it gets the build's pruned node_modules.
    expect(runtime).not.toMatch(/RUN npm (ci|install)/);
    expect(runtime).toMatch(/^COPY --from=build \/app\/node_modules \.\/node_modules$/m);
    expect(build.indexOf('npm prune --omit=dev')).toBeGreaterThan(build.indexOf('npm run build'));
  });

  it('compiles the native SQLite module in the build stage, after an install without scripts', () => {
    const build = stages[0] ?? '';
    expect(build).toMatch(/apt-get install -y --no-install-recommends python3 make g\+\+/);
    expect(build).toMatch(/npm_config_nodedir=\/usr\/local/);
    const install = build.indexOf('RUN npm ci');
    const rebuild = build.indexOf('RUN npm rebuild better-sqlite3');
    expect(rebuild).toBeGreaterThan(install);
    expect(build.indexOf('npm prune')).toBeGreaterThan(rebuild);
    // Both stages from one base image: the compiled module matches the runtime's Node and glibc.
    expect(stages.map((stage) => stage.split(/\s/)[0])).toEqual([
      'node:20-bookworm-slim',
      'node:20-bookworm-slim',
    ]);
  });

  it('keeps feedback in a volume the non-root user can write', () => {
    const made = runtime.search(/^RUN mkdir -p \/app\/data && chown node:node \/app\/data$/m);
    const volume = runtime.search(/^VOLUME \["\/app\/data"\]$/m);
    const user = runtime.search(/^USER node$/m);
    // Changes to a folder after VOLUME are discarded, and chown needs root: mkdir, VOLUME, USER.
    expect(made).toBeGreaterThan(-1);
    expect(volume).toBeGreaterThan(made);
    expect(user).toBeGreaterThan(volume);
    expect(runtime).not.toMatch(/VETTED_FEEDBACK_DB=memory/);
  });

  it('runs as a non-root user, listens on all interfaces, and checks /healthz', () => {
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/HOST=0\.0\.0\.0/);
    expect(runtime).toMatch(/^EXPOSE 3000$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*\n?.*\/healthz/m);
    expect(runtime).toMatch(/^CMD \["node", "bin\/vetted\.js", "serve"\]$/m);
  });

  it('ships the bundled knowledge and the chat page, replaceable by a mount', () => {
    expect(runtime).toMatch(/^COPY knowledge \.\/knowledge$/m);
    expect(runtime).toMatch(/VETTED_KB_DIR=\/app\/knowledge/);
    expect(runtime).toMatch(/^COPY src\/adapters\/http\/public /m);
  });

  it('has a healthcheck command that is valid JavaScript', () => {
    const line = /HEALTHCHECK[^\n]*\\\n\s*CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    const [node, flag, code] = JSON.parse(line ?? '[]') as string[];
    expect([node, flag]).toEqual(['node', '-e']);
    expect(code).toContain('/healthz');
    expect(() => new Function(code as string)).not.toThrow();
  });
});

describe('.env.example', () => {
  const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
  const schemaKeys = [
    ...readFileSync(join(ROOT, 'src', 'config.ts'), 'utf8').matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm),
  ].map((m) => m[1] as string);

  it('lists every setting of the config schema, and no others', () => {
    expect(schemaKeys.length).toBeGreaterThan(10);
    const listed = [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect([...listed].sort()).toEqual([...schemaKeys].sort());
  });

  it('shows the real default of each setting, and the whole file is a valid configuration', () => {
    const loaded = loadConfig({});
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const env: Record<string, string> = {};
    for (const [, key, value] of example.matchAll(/^([A-Z][A-Z0-9_]+)=(.*)$/gm))
      env[key as string] = value as string;
    for (const [key, value] of Object.entries(loaded.config)) {
      if (key === 'VETTED_KB_DIR') continue; // the bundled folder's absolute path differs per install
      expect(env[key], key).toBe(String(value));
    }
    expect(loadConfig(env).ok).toBe(true);
  });
});
