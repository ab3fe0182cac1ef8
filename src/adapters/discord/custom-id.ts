// Button custom ids: what a click means, in at most 100 characters. Entry ids are kebab-case.
import { LIMITS } from './limits.js';

export type ButtonAction =
  | { kind: 'choose'; entryId: string }
  | { kind: 'feedback'; entryId: string; helpful: boolean };

const ENTRY_ID = '[a-z0-9][a-z0-9-]*';
const CHOOSE = new RegExp(`^vetted:choose:(${ENTRY_ID})$`);
const FEEDBACK = new RegExp(`^vetted:(helpful|unhelpful):(${ENTRY_ID})$`);

function fits(id: string): string | null {
  return id.length <= LIMITS.customId ? id : null;
}

/** A clarify or "see also" choice; null when the id would be too long for Discord. */
export function chooseCustomId(entryId: string): string | null {
  return fits(`vetted:choose:${entryId}`);
}

export function feedbackCustomId(entryId: string, helpful: boolean): string | null {
  return fits(`vetted:${helpful ? 'helpful' : 'unhelpful'}:${entryId}`);
}

/** Null for ids vetted did not make (or a stale format): the click is answered politely, not trusted. */
export function parseCustomId(customId: string): ButtonAction | null {
  const choose = CHOOSE.exec(customId);
  if (choose?.[1]) return { kind: 'choose', entryId: choose[1] };
  const feedback = FEEDBACK.exec(customId);
  if (feedback?.[1] && feedback[2]) {
    return { kind: 'feedback', entryId: feedback[2], helpful: feedback[1] === 'helpful' };
  }
  return null;
}
