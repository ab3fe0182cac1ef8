// `--explain`: why each entry ranked where it did, for a clinician tuning questions and synonyms.
import { CRISIS_MODEL_RULE } from '../../core/triage/classifier.js';
import type { CrisisReading } from '../../core/triage/crisis-model/model.js';
import type { Knowledge, RetrievalResult, TriageResult } from '../../core/types.js';

/** What the statistical crisis check read, so a clinician sees why it did or did not flag crisis. */
function describeCrisisReading(reading: CrisisReading, threshold: number): string {
  const words =
    reading.strongest.length > 0 ? `; words that weighed most: ${reading.strongest.join(', ')}` : '';
  return `crisis model: ${reading.probability.toFixed(2)} (flags crisis at ${threshold})${words}`;
}

function describeTriage(triage: TriageResult | null): string {
  if (!triage) return 'triage: no red flag';
  if (triage.rule === CRISIS_MODEL_RULE) {
    return `triage: crisis (${CRISIS_MODEL_RULE}: the statistical crisis check, not a rule of triage.yaml)`;
  }
  return `triage: ${triage.level} (rule ${triage.rule})`;
}

export function formatExplain(
  knowledge: Knowledge,
  retrieval: RetrievalResult,
  triage: TriageResult | null,
  crisis?: { reading: CrisisReading; threshold: number },
  limit = 5,
): string {
  const lines: string[] = ['', '── explain ──'];
  lines.push(
    describeTriage(triage),
    ...(crisis ? [describeCrisisReading(crisis.reading, crisis.threshold)] : []),
    `decision: ${retrieval.outcome} (confidence ${retrieval.confidence.toFixed(2)}): ${retrieval.reason}`,
  );
  if (retrieval.ranked.length === 0) lines.push('no entry matched any word of the question');
  retrieval.ranked.slice(0, limit).forEach((ranked, i) => {
    const entry = knowledge.byId.get(ranked.entryId);
    lines.push(
      `${i + 1}. ${ranked.entryId} (score ${ranked.score.toFixed(3)})${entry ? `  ${entry.file}` : ''}`,
    );
    for (const match of ranked.matches) {
      const as = match.matchedAs !== match.term ? ` as "${match.matchedAs}"` : '';
      lines.push(`     "${match.term}"${as} in ${match.field}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
