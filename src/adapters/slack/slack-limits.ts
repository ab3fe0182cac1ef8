// Slack's documented limits for one message (docs.slack.dev/reference/block-kit).
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  contextText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  elementsPerActions: 25,
  /** `text` is truncated by Slack past 40,000; notifications need far less. */
  fallbackText: 3000,
  textOnlyMessage: 39_000,
} as const;

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
