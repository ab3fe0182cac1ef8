import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The one hard rule of the architecture: the core never knows about a platform.
const FORBIDDEN = [
  /^discord\.js/,
  /^@slack\//,
  /^fastify/,
  /^@fastify\//,
  /adapters\//,
  /^node:http$/,
  /^ws$/,
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(pattern)) found.push(match[1] ?? match[2] ?? match[3] ?? '');
  return found;
}

describe('src/core', () => {
  const coreFiles = filesUnder('src/core');

  it('has source files to check', () => {
    expect(coreFiles.length).toBeGreaterThan(3);
  });

  it('imports no platform library and nothing under src/adapters', () => {
    const offenders = coreFiles.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => FORBIDDEN.some((rule) => rule.test(spec)))
        .map((spec) => `${relative('.', file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the import scanner itself sees platform imports', () => {
    expect(
      importsOf("import { Client } from 'discord.js';\nimport x from '../adapters/http/app.js';"),
    ).toEqual(['discord.js', '../adapters/http/app.js']);
  });
});
