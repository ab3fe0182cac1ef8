// Red-flag messages take their numbers from settings.yaml: placeholders are filled in here, once
// per load, and numbers written out that settings.yaml does not set are reported.
import type { TriageRule } from '../triage/rule.js';
import type { KnowledgeSettings, Problem } from '../types.js';
import { literalNumberProblems, USE_PLACEHOLDER } from './literal-numbers.js';
import { fillPlaceholders, placeholderProblems, TRIAGE_PLACEHOLDERS } from './placeholders.js';

const MESSAGE_LINE = /^\s*(?:-\s+)?message\s*:/;

export function applySettingsToTriage(
  rules: readonly TriageRule[],
  triageText: string,
  file: string,
  settings: KnowledgeSettings,
): { rules: TriageRule[]; problems: Problem[] } {
  const lines = triageText.split('\n');
  const problems: Problem[] = [];
  const filled = rules.map((rule) => {
    const place = { file, line: messageLine(lines, rule.line), what: `the message of rule "${rule.id}"` };
    problems.push(
      ...placeholderProblems(rule.message, place, TRIAGE_PLACEHOLDERS),
      ...literalNumberProblems(rule.message, place, settings, USE_PLACEHOLDER),
    );
    return { ...rule, message: fillPlaceholders(rule.message, settings) };
  });
  return { rules: filled, problems };
}

/** The `message:` line of the rule starting at `ruleLine`, or the rule's own line. */
function messageLine(lines: readonly string[], ruleLine: number | undefined): number | undefined {
  if (ruleLine === undefined) return undefined;
  for (let index = ruleLine - 1; index < lines.length; index++) {
    if (index > ruleLine - 1 && /^\s*-\s+id\s*:/.test(lines[index] ?? '')) break; // next rule
    if (MESSAGE_LINE.test(lines[index] ?? '')) return index + 1;
  }
  return ruleLine;
}
