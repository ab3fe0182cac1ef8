// Plain-text tables for benchmark output (and for pasting into docs/benchmarks.md).

export function formatNumber(value: number, digits = 3): string {
  return Number.isNaN(value) ? '–' : value.toFixed(digits);
}

/** A Markdown table: readable in a terminal and pasteable as is. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] as number)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
