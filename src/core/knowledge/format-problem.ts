// One line per problem, the way compilers print them, so editors and CI can jump to the line.
import type { Problem } from '../types.js';

/** `entries/flu.md:7: error: unknown field "questons" — did you mean "questions"? Fix: Rename the field.` */
export function formatProblem(found: Problem): string {
  const where = found.line === undefined ? found.file : `${found.file}:${found.line}`;
  return `${where}: ${found.severity}: ${found.message} Fix: ${found.fix}`;
}
