// The one-line JSON shape of `vetted ask --json` and `--batch`.
import type { Answer } from '../../core/types.js';

export interface AskJson {
  q: string;
  outcome: Answer['outcome'];
  entry: string | null;
  candidates: string[];
  confidence: number;
  triage: Answer['triage'];
  sensitive: boolean;
  text: string;
}

export function toAskJson(question: string, answer: Answer): AskJson {
  return {
    q: question,
    outcome: answer.outcome,
    entry: answer.entry,
    candidates: answer.candidates.slice(0, 3),
    confidence: answer.confidence,
    triage: answer.triage,
    sensitive: answer.sensitive,
    text: answer.text,
  };
}
