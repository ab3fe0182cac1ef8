// Wires the app: in-flight tracking and event de-duplication first, then one listener per trigger.
import type { App } from '@slack/bolt';
import { codeOf } from './error-code.js';
import type { InFlight } from './in-flight.js';
import type { ListenerDeps } from './listeners/listener-deps.js';
import { listenForChoices } from './listeners/on-choice.js';
import { listenForCommand } from './listeners/on-command.js';
import { listenForDirectMessages } from './listeners/on-direct-message.js';
import { listenForFeedback } from './listeners/on-feedback.js';
import { listenForMentions } from './listeners/on-mention.js';
import { type SeenEvents, skipRepeatedEvents } from './seen-events.js';

export function registerListeners(app: App, deps: ListenerDeps, inFlight: InFlight, seen: SeenEvents): void {
  app.use(inFlight.middleware);
  app.use(skipRepeatedEvents(seen, deps.logger));
  listenForMentions(app, deps);
  listenForDirectMessages(app, deps);
  listenForCommand(app, deps);
  listenForChoices(app, deps);
  listenForFeedback(app, deps);
  app.error(async (error) => {
    deps.logger.error({
      event: 'slack-listener-failed',
      platform: 'slack',
      errorCode: codeOf(error.original ?? error),
    });
  });
}
