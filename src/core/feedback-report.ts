// The clinicians' view of "Helpful / Not helpful": votes per entry, the entries most in need of
// review first. Pure: the numbers come in, rows and text go out.

export interface EntryVotes {
  entryId: string;
  helpful: number;
  notHelpful: number;
  /** ISO time of the newest vote. */
  lastVote: string;
  /** The knowledge version (hash of its files) when the newest vote was cast, if recorded. */
  lastKnowledgeVersion?: string;
}

export interface ReportRow extends EntryVotes {
  /** helpful / all votes, 0 to 1. */
  shareHelpful: number;
}

/**
 * The lower end of the 95% Wilson interval of the "not helpful" share: how sure we can be that
 * many readers found the entry unhelpful. 3 of 3 "not helpful" outranks 1 of 1 (more evidence),
 * and 40 of 100 outranks 4 of 10, while entries nobody faulted sit at 0.
 */
export function reviewScore(votes: Pick<EntryVotes, 'helpful' | 'notHelpful'>): number {
  const n = votes.helpful + votes.notHelpful;
  if (n === 0) return 0;
  const z = 1.96;
  const p = votes.notHelpful / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p) + (z * z) / (4 * n)) / n);
  return (centre - spread) / (1 + (z * z) / n);
}

/** Most in need of review first; ties: more "not helpful", then the most recent vote, then id. */
export function rankForReview(entries: readonly EntryVotes[]): ReportRow[] {
  return entries
    .map((entry) => ({ ...entry, shareHelpful: entry.helpful / (entry.helpful + entry.notHelpful || 1) }))
    .sort(
      (a, b) =>
        reviewScore(b) - reviewScore(a) ||
        b.notHelpful - a.notHelpful ||
        b.lastVote.localeCompare(a.lastVote) ||
        a.entryId.localeCompare(b.entryId),
    );
}

/** A plain-text table, one line per entry, for a terminal or an email. */
export function formatReport(rows: readonly ReportRow[]): string {
  const header = ['entry', 'helpful', 'not helpful', 'share helpful', 'last vote (UTC)'];
  const lines = rows.map((row) => [
    row.entryId,
    String(row.helpful),
    String(row.notHelpful),
    `${Math.round(row.shareHelpful * 100)}%`,
    row.lastVote.slice(0, 16).replace('T', ' '),
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...lines.map((cells) => (cells[i] ?? '').length)),
  );
  // The entry id reads left to right; the numbers line up on the right.
  const render = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [render(header), ...lines.map(render)].join('\n');
}
