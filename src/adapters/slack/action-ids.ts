// Block Kit action ids the app sends and listens for; the button value is always an entry id.
export const ACTION = {
  /** Clarify and "see also" buttons: `vetted_choose_0`, `vetted_choose_1`… (unique within a block). */
  choosePrefix: 'vetted_choose_',
  helpful: 'vetted_feedback_helpful',
  notHelpful: 'vetted_feedback_not_helpful',
} as const;

export const CHOOSE_ACTION = /^vetted_choose_\d+$/;
export const FEEDBACK_ACTION = /^vetted_feedback_(helpful|not_helpful)$/;
