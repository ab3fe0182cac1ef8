import type { Entry, KnowledgeSettings, ReviewStamp } from '../types.js';

/** "Reviewed by … on …", or the draft notice: every answer says how far it was vetted. */
export function reviewStampFor(entry: Entry, settings: KnowledgeSettings): ReviewStamp {
  if (entry.status === 'reviewed' && entry.reviewedBy && entry.reviewedOn) {
    return {
      status: 'reviewed',
      reviewedBy: entry.reviewedBy,
      reviewedOn: entry.reviewedOn,
      text: `Reviewed by ${entry.reviewedBy} on ${entry.reviewedOn}`,
    };
  }
  return { status: 'draft', text: settings.draftNotice };
}

/** Whether an entry may be served when reviews are required: reviewed and not past its review date. */
export function isServable(entry: Entry, requireReview: boolean, today: string): boolean {
  if (!requireReview) return true;
  if (entry.status !== 'reviewed') return false;
  return entry.reviewDue === undefined || entry.reviewDue >= today;
}
