// Slack's own text idioms: escaping, neutralised mentions, and vetted Markdown turned into mrkdwn.
// Everything shown in Slack passes through here, so no text (from knowledge or anywhere else) can
// ping a channel or a person, or smuggle in a control sequence such as <!channel>.

const WORD_JOINER = '\u2060';

/** Plain words "@here", "@channel", "@everyone" must never become a broadcast. */
function breakBroadcastWords(text: string): string {
  return text.replace(/@(channel|here|everyone)\b/gi, `@${WORD_JOINER}$1`);
}

/** Escapes text for a mrkdwn field: & < > become entities, so <!here> or <@U123> are shown, not acted on. */
export function escapeMrkdwn(text: string): string {
  return breakBroadcastWords(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

/**
 * For plain_text fields (header, buttons): Slack shows them literally, so entities would show too;
 * only strip the angle brackets of anything that looks like a control sequence.
 */
export function safePlainText(text: string): string {
  return breakBroadcastWords(text.replace(/<([@#!][^>]*)>/g, '$1'));
}

const SAFE_URL = /^(https?:\/\/|mailto:)[^\s]+$/i;

/** A Slack link <url|label>; a URL Slack should not open (javascript:, relative…) keeps only its label. */
export function slackLink(url: string, label: string): string {
  const shownLabel = escapeMrkdwn(label.replace(/\|/g, '¦')) || escapeMrkdwn(url);
  if (!SAFE_URL.test(url)) return shownLabel;
  const safeUrl = url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
  return `<${safeUrl}|${shownLabel}>`;
}

/** Converts the vetted Markdown body to Slack mrkdwn. Unknown syntax is shown as escaped text. */
export function markdownToMrkdwn(markdown: string): string {
  // Finished pieces wait behind placeholders (private-use characters) so later rules (escaping, emphasis) cannot touch them.
  const held: string[] = [];
  const hold = (piece: string) => `\uE000${held.push(piece) - 1}\uE001`;

  let text = markdown.replace(/\r\n?/g, '\n').replace(/[\uE000\uE001]/g, '');
  text = text.replace(/`([^`\n]+)`/g, (_, code: string) => hold(`\`${escapeMrkdwn(code)}\``));
  text = text.replace(
    /\[([^\]\n]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"\n]*")?\s*\)/g,
    (_, label: string, url: string) => hold(slackLink(url, label)),
  );
  text = text.replace(/<(https?:\/\/[^>\s]+)>/g, (_, url: string) => hold(slackLink(url, url)));
  text = escapeMrkdwn(text);
  // Headings become a bold line (Slack has no headings inside a section).
  text = text.replace(/^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/gm, (_, heading: string) =>
    hold(`*${heading.replace(/\*\*|__/g, '')}*`),
  );
  // List markers first, so "* item" is not mistaken for emphasis.
  text = text.replace(/^([ \t]*)[-*+][ \t]+/gm, '$1• ');
  text = text.replace(/\*\*(?!\s)(.+?)\*\*/g, (_, bold: string) => hold(`*${bold}*`));
  text = text.replace(/__(?!\s)(.+?)__/g, (_, bold: string) => hold(`*${bold}*`));
  text = text.replace(/(^|[^\w*])\*(?![\s*])([^*\n]+?)\*(?!\w)/g, '$1_$2_');
  text = text.replace(/~~(?!\s)(.+?)~~/g, '~$1~');
  // Restore (held pieces may themselves hold pieces: a link inside bold).
  while (/\uE000\d+\uE001/.test(text)) {
    text = text.replace(/\uE000(\d+)\uE001/g, (_, index: string) => held[Number(index)] ?? '');
  }
  return text.trim();
}
