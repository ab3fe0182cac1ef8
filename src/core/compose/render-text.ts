// The whole reply as plain text, in reading order: what the CLI prints and `text` in JSON.
import type { Answer } from '../types.js';

export function renderPlainText(answer: Omit<Answer, 'text'>): string {
  const parts: string[] = [];
  if (answer.escalation) parts.push(`⚠ ${answer.escalation.text}`);
  if (answer.title) parts.push(answer.title);
  if (answer.body) parts.push(answer.body.trim());
  if (answer.choices.length > 0) {
    parts.push(answer.choices.map((choice, i) => `${i + 1}. ${choice.title}`).join('\n'));
  }
  if (answer.seeClinicianIf.length > 0) {
    parts.push(['See a clinician if:', ...answer.seeClinicianIf.map((item) => `- ${item}`)].join('\n'));
  }
  if (answer.sources.length > 0) {
    parts.push(
      ['Sources:', ...answer.sources.map((source) => `- ${source.title}: ${source.url}`)].join('\n'),
    );
  }
  if (answer.review) parts.push(answer.review.text);
  if (answer.related.length > 0) parts.push(`See also: ${answer.related.map((r) => r.title).join('; ')}`);
  parts.push(answer.disclaimer);
  return parts.join('\n\n');
}
