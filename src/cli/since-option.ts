// `--since DATE` for the clinicians' reports: a day (YYYY-MM-DD, UTC) or an ISO time.
// The same rules as `vetted feedback`'s, which keeps its own copy for now.

const DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The moment meant, or undefined when the text is not a real date. */
export function parseSince(text: string): Date | undefined {
  if (!DATE.test(text)) return undefined;
  // A date alone is midnight UTC; a time without a zone is UTC too, so the report is the same anywhere.
  const iso = text.length === 10 ? `${text}T00:00:00Z` : /Z|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`;
  const date = new Date(iso.replace(' ', 'T'));
  // Date accepts 2025-02-30 as March 2nd: a day that does not round-trip is a typo.
  const day = new Date(`${text.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || Number.isNaN(day.getTime())) return undefined;
  return day.toISOString().slice(0, 10) === text.slice(0, 10) ? date : undefined;
}
