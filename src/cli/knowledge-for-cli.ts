// Loads a knowledge folder for a CLI command, turning problems into a message that says how to fix them.

import { formatProblem } from '../core/knowledge/format-problem.js';

export { formatProblem };

import { loadKnowledge } from '../core/knowledge/load-knowledge.js';
import type { Knowledge } from '../core/types.js';
import type { CliIo } from './io.js';

/** The loaded knowledge, or null after printing why it could not be used. */
export async function knowledgeForCli(dir: string, io: CliIo): Promise<Knowledge | null> {
  const result = await loadKnowledge(dir);
  if (result.ok) return result.knowledge;
  const errors = result.problems.filter((p) => p.severity === 'error');
  const shown = errors.slice(0, 10);
  io.stderr(
    `vetted: the knowledge in ${dir} has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${shown
      .map((p) => `  ${formatProblem(p)}`)
      .join(
        '\n',
      )}\n${errors.length > shown.length ? `  … and ${errors.length - shown.length} more.\n` : ''}` +
      `Run \`vetted kb check ${dir}\` for the full list, fix the files, and try again.\n`,
  );
  return null;
}
