// Which machine a benchmark ran on, for docs/benchmarks.md.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

export function describeMachine(): string {
  let cpu = 'unknown CPU';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1] !== undefined) cpu = match[1].trim();
  } catch {
    // Not Linux: the CPU model stays unknown.
  }
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  return `${date} UTC, Node ${process.version}, ${availableParallelism()} cores (nproc), ${cpu}`;
}
