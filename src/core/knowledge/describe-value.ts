// Words for YAML values and paths in messages a clinician reads.
import type { YamlPath } from './parse-yaml.js';

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'a group of fields';
  return typeof value;
}

/** `"title"`, `item 2 of "questions"`, `"url" of item 1 of "sources"`. */
export function describePath(path: YamlPath): string {
  const parts: string[] = [];
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i];
    parts.push(typeof step === 'number' ? `item ${step + 1}` : `"${String(step)}"`);
  }
  return parts.join(' of ');
}

export function valueAt(root: unknown, path: YamlPath): unknown {
  let value = root;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}
