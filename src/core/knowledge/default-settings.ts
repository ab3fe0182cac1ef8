// US defaults for settings.yaml; a knowledge folder for another country overrides them.
import type { KnowledgeSettings } from '../types.js';
import { fillSettingsTexts } from './placeholders.js';

/** As written in settings.yaml: texts name numbers through placeholders, so a file that changes
 * only `emergency_number` still gets default texts with its own number. */
export const DEFAULT_SETTINGS_TEMPLATE: Readonly<KnowledgeSettings> = Object.freeze({
  locale: 'en-US',
  emergencyNumber: '911',
  emergencyText:
    'Call {emergency_number} (or your local emergency number) now, or go to the nearest emergency department.',
  crisisLine: '988',
  crisisText:
    'You are not alone. Call or text {crisis_line} (Suicide & Crisis Lifeline, US) or chat at https://988lifeline.org — free, confidential, 24/7. If you are in immediate danger, call {emergency_number}.',
  poisonControl: '1-800-222-1222',
  disclaimer:
    'This is general health information, not medical advice, and it does not create a clinician–patient relationship. If you are worried about your health, contact a clinician.',
  noAnswerText:
    "I don't have a clinician-vetted answer to that question. Please ask a doctor, nurse or pharmacist; if it is urgent, call your clinic or an urgent care clinic, and in an emergency call {emergency_number}.",
  noAnswerAfterEscalationText: 'I have no vetted answer to add to the advice above. Please follow it first.',
  draftNotice: 'Draft: not yet reviewed by a clinician',
});

/** The defaults as shown, for callers that need texts before any knowledge has loaded. */
export const DEFAULT_SETTINGS: Readonly<KnowledgeSettings> = Object.freeze(
  fillSettingsTexts(DEFAULT_SETTINGS_TEMPLATE),
);
