// Which escalations every platform shows as an alarm (red, first, unmistakable): the shared rule.
import type { EscalationBlock } from '../../core/types.js';

const ALARM_LEVELS: ReadonlySet<EscalationBlock['level']> = new Set([
  'emergency',
  'crisis',
  'entry-emergency',
]);

export function isAlarm(escalation: EscalationBlock | null): boolean {
  return escalation !== null && ALARM_LEVELS.has(escalation.level);
}
