// The question inside a Discord message: the text without mentions of the bot or anyone else.
// Mentions carry no meaning for retrieval, and dropping them keeps ids out of the core.
const MENTION = /<(?:@[!&]?|#)\d+>/g;

export function questionText(content: string): string {
  return content.replace(MENTION, ' ').replace(/\s+/g, ' ').trim();
}
