// Buttons under an answer: clarify choices, "see also" entries, and Helpful / Not helpful.
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Answer, ClarifyChoice } from '../../core/types.js';
import { chooseCustomId, feedbackCustomId } from './custom-id.js';
import { LIMITS } from './limits.js';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

function label(text: string): string {
  return text.length <= LIMITS.buttonLabel ? text : `${text.slice(0, LIMITS.buttonLabel - 1).trimEnd()}…`;
}

function button(
  customId: string | null,
  text: string,
  style: APIButtonComponentWithCustomId['style'],
  emoji?: string,
): APIButtonComponentWithCustomId[] {
  if (!customId) return [];
  return [
    {
      type: ComponentType.Button,
      custom_id: customId,
      label: label(text),
      style,
      ...(emoji ? { emoji: { name: emoji } } : {}),
    },
  ];
}

function row(buttons: APIButtonComponentWithCustomId[]): Row[] {
  const shown = buttons.slice(0, LIMITS.buttonsPerRow);
  return shown.length > 0 ? [{ type: ComponentType.ActionRow, components: shown }] : [];
}

function choiceButtons(
  choices: ClarifyChoice[],
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
  prefix = '',
) {
  return choices.flatMap((choice) =>
    button(chooseCustomId(choice.entryId), `${prefix}${choice.title}`, style),
  );
}

export function answerButtons(answer: Answer): Row[] {
  const rows = [
    ...row(choiceButtons(answer.choices, ButtonStyle.Primary)),
    ...row(choiceButtons(answer.related, ButtonStyle.Secondary, 'See also: ')),
  ];
  if (answer.outcome === 'answer' && answer.entry) {
    rows.push(
      ...row([
        ...button(feedbackCustomId(answer.entry, true), 'Helpful', ButtonStyle.Success, '👍'),
        ...button(feedbackCustomId(answer.entry, false), 'Not helpful', ButtonStyle.Secondary, '👎'),
      ]),
    );
  }
  return rows.slice(0, LIMITS.rowsPerMessage);
}
