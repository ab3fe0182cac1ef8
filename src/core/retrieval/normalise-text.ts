// Turns a chat message into plain lower-case words: what people type around a question
// (mentions, links, emoji, markup) carries no meaning for retrieval.

const SLACK_OR_DISCORD_TOKEN = /<[@#!][^>\s]*>|<a?:\w+:\d+>/g; // <@U123>, <@!123>, <#C1|x>, <!here>, <:smile:123>
const URL = /\b(?:https?:\/\/|www\.)\S+/g;
const EMOJI_SHORTCODE = /:[a-z0-9_+-]+:/g; // :thumbsup:
const AT_MENTION = /(^|\s)@[\w.-]+/g; // @vetted, @jane.doe
// Pictographs, skin tones, and the joiner / variation selector / keycap marks between them.
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3/gu;
const DIACRITIC = /\p{M}/gu;
const APOSTROPHE_S = /['’]s\b/g; // child's -> child
const APOSTROPHE = /['’]/g; // don't -> dont
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Characters that start a mention, link, emoji, shortcode or accented letter (anything past ASCII). */
const MARKUP_OR_NON_ASCII = /[<@:/.][^\s]|[^\t-~]/;

export function normaliseText(text: string): string {
  // Fast path for plain text (most of a knowledge base): nothing to strip but punctuation.
  if (!MARKUP_OR_NON_ASCII.test(text)) {
    return text.toLowerCase().replace(APOSTROPHE_S, '').replace(APOSTROPHE, '').replace(NOT_WORD, ' ').trim();
  }
  return text
    .replace(SLACK_OR_DISCORD_TOKEN, ' ')
    .replace(URL, ' ')
    .toLowerCase()
    .replace(EMOJI_SHORTCODE, ' ')
    .replace(AT_MENTION, '$1 ')
    .replace(EMOJI, ' ')
    .normalize('NFKD')
    .replace(DIACRITIC, '')
    .replace(APOSTROPHE_S, '')
    .replace(APOSTROPHE, '')
    .replace(NOT_WORD, ' ')
    .trim();
}

/** Words of a normalised text, in order. */
export function words(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised === '' ? [] : normalised.split(' ');
}
