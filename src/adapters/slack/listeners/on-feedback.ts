// "Helpful / Not helpful": recorded through the FeedbackStore port (entry id only), thanked privately.
import type { App } from '@slack/bolt';
import { ACTION, FEEDBACK_ACTION } from '../action-ids.js';
import { codeOf } from '../error-code.js';
import type { ListenerDeps } from './listener-deps.js';

export const FEEDBACK_THANKS = 'Thanks for the feedback: it helps the clinicians improve these answers.';
const FEEDBACK_FAILED = 'Sorry, your feedback could not be saved just now.';

export function listenForFeedback(app: App, deps: ListenerDeps): void {
  app.action({ type: 'block_actions', action_id: FEEDBACK_ACTION }, async ({ ack, action, respond }) => {
    await ack();
    if (action.type !== 'button' || !action.value) return;
    let text = FEEDBACK_THANKS;
    try {
      await deps.feedback.record({
        entryId: action.value,
        helpful: action.action_id === ACTION.helpful,
        platform: 'slack',
        at: new Date().toISOString(),
      });
      deps.logger.info({ event: 'slack-feedback', platform: 'slack', entry: action.value });
    } catch (error) {
      deps.logger.error({ event: 'slack-feedback-failed', platform: 'slack', errorCode: codeOf(error) });
      text = FEEDBACK_FAILED;
    }
    try {
      await respond({ response_type: 'ephemeral', replace_original: false, text });
    } catch (error) {
      deps.logger.warn({ event: 'slack-reply-failed', platform: 'slack', errorCode: codeOf(error) });
    }
  });
}
