// Building and ordering Problems: every checker reports through these so the output is uniform.
import type { Problem, Severity } from '../types.js';

export function problem(
  severity: Severity,
  file: string,
  line: number | undefined,
  code: string,
  message: string,
  fix: string,
): Problem {
  return line === undefined
    ? { severity, file, code, message, fix }
    : { severity, file, line, code, message, fix };
}

/** By file, then line (problems without a line first), then errors before warnings. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      compareText(a.code, b.code),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
