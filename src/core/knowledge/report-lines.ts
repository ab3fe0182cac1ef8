// The lines `kb check` prints: errors before warnings, so a new error is not buried under
// reminders, and the many identical "entry is a draft" warnings folded into one line.
import type { Problem } from '../types.js';
import { formatProblem } from './format-problem.js';

const DRAFT = 'draft-entry';
const NAMED_DRAFTS = 3;

export function reportLines(problems: readonly Problem[], options: { verbose?: boolean } = {}): string[] {
  const errors = problems.filter((found) => found.severity === 'error');
  const warnings = problems.filter((found) => found.severity !== 'error');
  const drafts = warnings.filter((found) => found.code === DRAFT);
  if (options.verbose || drafts.length < 2) return [...errors, ...warnings].map(formatProblem);
  return [
    ...errors.map(formatProblem),
    ...warnings.filter((found) => found.code !== DRAFT).map(formatProblem),
    draftSummary(drafts),
  ];
}

function draftSummary(drafts: readonly Problem[]): string {
  const named = drafts.slice(0, NAMED_DRAFTS).map((found) => found.file);
  const rest = drafts.length - named.length;
  const list = rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
  return (
    `warning: ${drafts.length} entries are drafts: ${list} (--verbose lists each). No clinician has reviewed them; ` +
    'they are served only where drafts are allowed, marked as drafts. ' +
    'Fix: Have a clinician review each, then set status: reviewed with reviewed_by, reviewed_on and review_due.'
  );
}
