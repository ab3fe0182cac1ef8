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
    expect(stages[0]).toMatch(/RUN npm ci .*--ignore-scripts/);
    expect(stages[0]).toMatch(/RUN npm run build/);
    // `prepare` runs tsc, a dev dependency: the runtime install must skip scripts.
    expect(runtime).toMatch(/RUN npm ci --omit=dev .*--ignore-scripts/);
    expect(runtime).toMatch(/COPY --from=build \/app\/dist \.\/dist/);
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
