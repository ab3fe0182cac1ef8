// Answer -> Discord messages. Reading order follows the shared rules: escalation first (as plain
// content, read even where embeds are turned off), then the answer embed(s) with "See a clinician if",
// sources, review stamp and disclaimer, then buttons. Long answers are split at Discord's limits.
// Nothing the person wrote is ever part of the output.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer, EscalationBlock } from '../../core/types.js';
import { isAlarm } from '../shared/escalation-alarm.js';
import { splitText } from '../shared/split-text.js';
import { unwrapSoftBreaks } from '../shared/unwrap-soft-breaks.js';
import { answerButtons } from './answer-buttons.js';
import type { DiscordMessage } from './discord-message.js';
import { LIMITS } from './limits.js';

export const COLOURS = { alarm: 0xed4245, urgent: 0xe67e22, normal: 0x5865f2 } as const;

export { isAlarm };

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The escalation as plain text: what must be read first. */
export function escalationText(escalation: EscalationBlock): string {
  const mark = isAlarm(escalation) ? '🚨' : '⚠️';
  const lines = [`${mark} **${escalation.text.trim()}**`];
  for (const contact of escalation.contacts) lines.push(`📞 ${contact.label}: **${contact.number}**`);
  return lines.join('\n');
}

function titleOf(answer: Answer): string {
  if (answer.title) return answer.title;
  return answer.outcome === 'clarify' ? 'Which one do you mean?' : 'No vetted answer yet';
}

function colourOf(answer: Answer): number {
  if (isAlarm(answer.escalation)) return COLOURS.alarm;
  return answer.escalation ? COLOURS.urgent : COLOURS.normal;
}

function markdownLink(title: string, url: string): string {
  const text = truncate(title, 200).replace(/([[\]\\])/g, '\\$1');
  const href = url.replace(/[()\s]/g, (c) => encodeURIComponent(c).replace('(', '%28').replace(')', '%29'));
  return `[${text}](${href})`;
}

/** Fields split so that no value exceeds 1024 characters; continuations say so. */
function fieldsFor(name: string, lines: string[]): APIEmbedField[] {
  if (lines.length === 0) return [];
  return splitText(lines.join('\n'), LIMITS.fieldValue).map((value, i) => ({
    name: i === 0 ? name : `${name} (continued)`,
    value,
  }));
}

/** Review stamp and disclaimer; a disclaimer too long for a footer becomes a field instead. */
function footerAndExtraFields(answer: Answer): { footer: string; extra: APIEmbedField[] } {
  const review = answer.review?.text;
  const both = [review, answer.disclaimer].filter(Boolean).join('\n');
  if (both.length <= 1024) return { footer: both, extra: [] };
  return {
    footer: truncate(review ?? 'General information', 1024),
    extra: fieldsFor('Please note', [answer.disclaimer]),
  };
}

function embedMessages(answer: Answer): DiscordMessage[] {
  const colour = colourOf(answer);
  const title = truncate(titleOf(answer), LIMITS.embedTitle);
  const { footer, extra } = footerAndExtraFields(answer);
  // Room kept in every message for the footer, which goes on the very last embed.
  const budget = LIMITS.embedTotal - footer.length;

  const messages: DiscordMessage[] = [];
  let embeds: APIEmbed[] = [];
  let total = 0;
  let titled = false;
  const current = (): APIEmbed | undefined => embeds[embeds.length - 1];

  const flush = () => {
    messages.push({ embeds, components: [] });
    embeds = [];
    total = 0;
  };
  const startEmbed = (size: number): APIEmbed => {
    const withTitle = titled ? size : size + title.length;
    if (embeds.length === LIMITS.embedsPerMessage || (embeds.length > 0 && total + withTitle > budget))
      flush();
    const embed: APIEmbed = { color: colour };
    if (!titled) {
      embed.title = title;
      total += title.length;
      titled = true;
    }
    embeds.push(embed);
    return embed;
  };

  for (const chunk of splitText(unwrapSoftBreaks(answer.body), LIMITS.embedDescription)) {
    startEmbed(chunk.length).description = chunk;
    total += chunk.length;
  }
  const fields = [
    ...fieldsFor(
      'See a clinician if',
      answer.seeClinicianIf.map((item) => `• ${item}`),
    ),
    ...fieldsFor(
      'Sources',
      answer.sources.map((source) => `• ${markdownLink(source.title, source.url)}`),
    ),
    ...extra,
  ];
  for (const field of fields) {
    const size = field.name.length + field.value.length;
    let embed = current();
    if (!embed || (embed.fields?.length ?? 0) >= LIMITS.fieldsPerEmbed || total + size > budget) {
      embed = startEmbed(size);
    }
    embed.fields = [...(embed.fields ?? []), field];
    total += size;
  }
  const last = current() ?? startEmbed(0);
  if (footer) last.footer = { text: footer };
  flush();
  return messages;
}

/** Every message needed for one answer, in sending order. Buttons ride on the last one. */
export function renderAnswer(answer: Answer): DiscordMessage[] {
  const messages = embedMessages(answer);
  if (answer.escalation) {
    const chunks = splitText(escalationText(answer.escalation), LIMITS.content);
    const lastChunk = chunks.pop();
    const first = messages[0];
    if (first && lastChunk) first.content = lastChunk;
    messages.unshift(...chunks.map((content) => ({ content, embeds: [], components: [] })));
  }
  const last = messages[messages.length - 1];
  if (last) last.components = answerButtons(answer);
  return messages;
}
