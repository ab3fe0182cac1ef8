// Shared by the knowledge tests: where the fixtures live and a compact view of problems.
import { fileURLToPath } from 'node:url';
import type { Problem } from '../../../src/core/types.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/knowledge/', import.meta.url));
export const TODAY = '2026-11-27';

export function fixture(name: string): string {
  return `${FIXTURES}${name}`;
}

/** `file:line severity code`, the parts a clinician uses to find and fix a problem. */
export function brief(problems: readonly Problem[]): string[] {
  return problems
    .filter((found) => found.code !== 'triage-missing') // fixtures have no triage.yaml; tested on its own
    .map((found) => `${found.file}:${found.line ?? '-'} ${found.severity} ${found.code}`);
}
