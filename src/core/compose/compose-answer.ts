// Builds the platform-neutral Answer from what triage and retrieval decided.
// Never copies the person's words into the answer: adapters may post it in public channels.
import type {
  Answer,
  ClarifyChoice,
  Entry,
  EscalationBlock,
  Knowledge,
  Outcome,
  ReviewStamp,
  TriageResult,
} from '../types.js';
import { escalationFromEntry, escalationFromTriage } from './escalation.js';
import { renderPlainText } from './render-text.js';
import { reviewStampFor } from './review-stamp.js';

export const CLARIFY_PROMPT = 'I have more than one vetted answer that could fit. Which one do you mean?';
/** When only one candidate is close but not close enough to answer outright. */
export const CONFIRM_PROMPT = 'I am not sure I understood. Is this what you are asking about?';

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

/** What every answer with one entry holds, whatever the question: built once per knowledge and entry. */
interface EntryParts {
  review: ReviewStamp;
  related: ClarifyChoice[];
  /** The plain text after the escalation block (see withEscalation). */
  text: string;
}

const entryPartsCache = new WeakMap<Knowledge, WeakMap<Entry, EntryParts>>();

function entryParts(knowledge: Knowledge, entry: Entry): EntryParts {
  let byEntry = entryPartsCache.get(knowledge);
  if (!byEntry) {
    byEntry = new WeakMap();
    entryPartsCache.set(knowledge, byEntry);
  }
  let parts = byEntry.get(entry);
  if (!parts) {
    const review = reviewStampFor(entry, knowledge.settings);
    const related = entry.related.flatMap((id) => {
      const found = knowledge.byId.get(id);
      return found ? [choiceOf(found)] : [];
    });
    // Rendered without an escalation: the question's escalation, if any, goes in front of it.
    const text = renderPlainText({
      outcome: 'answer',
      triage: { level: null, rule: null },
      escalation: null,
      disclaimer: knowledge.settings.disclaimer,
      sensitive: false,
      candidates: [],
      confidence: 0,
      title: entry.title,
      body: entry.body,
      sources: entry.sources,
      review,
      seeClinicianIf: entry.seeClinicianIf,
      related,
      choices: [],
      entry: entry.id,
      audit: { entryId: entry.id, contentHash: entry.contentHash, knowledgeVersion: knowledge.version },
    });
    parts = { review, related, text };
    byEntry.set(entry, parts);
  }
  return parts;
}

/** renderPlainText puts the escalation first, then the rest: the same text from its parts. */
function withEscalation(escalation: EscalationBlock | null, rest: string): string {
  return escalation ? `⚠ ${escalation.text}\n\n${rest}` : rest;
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
  const common = {
    triage: { level: triage?.level ?? null, rule: triage?.rule ?? null },
    escalation,
    disclaimer: settings.disclaimer,
    sensitive: input.sensitive,
    candidates: candidates.map((c) => c.id),
    confidence: Math.round(input.confidence * 1000) / 1000,
  };

  if (input.outcome === 'answer' && entry) {
    const parts = entryParts(knowledge, entry);
    return {
      outcome: input.outcome,
      ...common,
      title: entry.title,
      body: entry.body,
      sources: entry.sources,
      review: { ...parts.review },
      seeClinicianIf: entry.seeClinicianIf,
      related: parts.related.slice(),
      choices: [],
      entry: entry.id,
      audit: { entryId: entry.id, contentHash: entry.contentHash, knowledgeVersion: knowledge.version },
      text: withEscalation(escalation, parts.text),
    };
  }
  let answer: Omit<Answer, 'text'>;
  if (input.outcome === 'clarify') {
    answer = {
      outcome: input.outcome,
      ...common,
      title: null,
      body: candidates.length === 1 ? CONFIRM_PROMPT : CLARIFY_PROMPT,
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
      outcome: 'no-answer',
      ...common,
      title: null,
      // After a red flag, "go to urgent care" would contradict "call 988 now": defer to it instead.
      body: escalation ? settings.noAnswerAfterEscalationText : (input.noAnswerNote ?? settings.noAnswerText),
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
