import type { Entry, EscalationBlock, KnowledgeSettings, TriageResult } from '../types.js';

type Contact = EscalationBlock['contacts'][number];

function emergencyContact(settings: KnowledgeSettings): Contact {
  return { label: 'Emergency services', number: settings.emergencyNumber };
}

/** The escalation a red-flag rule demands: its message plus numbers a person can tap. */
export function escalationFromTriage(triage: TriageResult, settings: KnowledgeSettings): EscalationBlock {
  const contacts: Contact[] = [];
  if (triage.level === 'crisis')
    contacts.push({ label: 'Crisis line (call or text)', number: settings.crisisLine });
  if (triage.level !== 'urgent') contacts.push(emergencyContact(settings));
  // Poisoning rules name Poison Control in their message; offer the number as a contact too.
  if (triage.message.includes(settings.poisonControl)) {
    contacts.push({ label: 'Poison Control', number: settings.poisonControl });
  }
  return { level: triage.level, source: triage.rule, text: triage.message, contacts };
}

/** Entry-level escalation (urgent / emergency entries) shown prominently above the answer. */
export function escalationFromEntry(entry: Entry, settings: KnowledgeSettings): EscalationBlock | null {
  if (entry.escalation === 'emergency') {
    return {
      level: 'entry-emergency',
      source: entry.id,
      text: `If this is happening now: ${settings.emergencyText}`,
      contacts: [emergencyContact(settings)],
    };
  }
  if (entry.escalation === 'urgent') {
    return {
      level: 'entry-urgent',
      source: entry.id,
      text: 'If this is happening now, contact a clinician today (your practice, an urgent care clinic or a nurse line).',
      contacts: [],
    };
  }
  return null;
}
