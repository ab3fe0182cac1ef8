// Builds the platform-neutral Answer from what triage and retrieval decided.
// Never copies the person's words into the answer: adapters may post it in public channels.
import type { Answer, ClarifyChoice, Entry, Knowledge, Outcome, TriageResult } from '../types.js';
import { escalationFromEntry, escalationFromTriage } from './escalation.js';
import { renderPlainText } from './render-text.js';
import { reviewStampFor } from './review-stamp.js';

export const CLARIFY_PROMPT = 'I have more than one vetted answer that could fit. Which one do you mean?';

export interface ComposeInput {
  knowledge: Knowledge;
  outcome: Outcome;
  /** The entry answered with (outcome answer). */
  entry: Entry | null;
  /** Servable candidates, best first (at most 3 are shown). */
  candidates: Entry[];
  confidence: number;
  triage: TriageResult | null;
  sensitive: boolean;
  /** Replaces the settings' no-answer text, e.g. when the match is not yet reviewed. */
  noAnswerNote?: string;
}

function choiceOf(entry: Entry): ClarifyChoice {
  return { entryId: entry.id, title: entry.title };
}

export function composeAnswer(input: ComposeInput): Answer {
  const { knowledge, entry, triage } = input;
  const settings = knowledge.settings;
  const candidates = input.candidates.slice(0, 3);
  const escalation = triage
    ? escalationFromTriage(triage, settings)
    : entry
      ? escalationFromEntry(entry, settings)
      : null;

  const base = {
    outcome: input.outcome,
    triage: { level: triage?.level ?? null, rule: triage?.rule ?? null },
    escalation,
    disclaimer: settings.disclaimer,
    sensitive: input.sensitive,
    candidates: candidates.map((c) => c.id),
    confidence: Math.round(input.confidence * 1000) / 1000,
  };

  let answer: Omit<Answer, 'text'>;
  if (input.outcome === 'answer' && entry) {
    answer = {
      ...base,
      title: entry.title,
      body: entry.body,
      sources: entry.sources,
      review: reviewStampFor(entry, settings),
      seeClinicianIf: entry.seeClinicianIf,
      related: entry.related.flatMap((id) => {
        const related = knowledge.byId.get(id);
        return related ? [choiceOf(related)] : [];
      }),
      choices: [],
      entry: entry.id,
      audit: { entryId: entry.id, contentHash: entry.contentHash, knowledgeVersion: knowledge.version },
    };
  } else if (input.outcome === 'clarify') {
    answer = {
      ...base,
      title: null,
      body: CLARIFY_PROMPT,
      sources: [],
      review: null,
      seeClinicianIf: [],
      related: [],
      choices: candidates.map(choiceOf),
      entry: null,
      audit: { entryId: null, contentHash: null, knowledgeVersion: knowledge.version },
    };
  } else {
    answer = {
      ...base,
      outcome: 'no-answer',
      title: null,
      body: input.noAnswerNote ?? settings.noAnswerText,
      sources: [],
      review: null,
      seeClinicianIf: [],
      related: [],
      choices: [],
      entry: null,
      audit: { entryId: null, contentHash: null, knowledgeVersion: knowledge.version },
    };
  }
  return { ...answer, text: renderPlainText(answer) };
}
