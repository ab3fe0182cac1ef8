// Discord's documented size limits for messages, embeds and components.
// https://discord.com/developers/docs/resources/message#embed-object-embed-limits
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fieldsPerEmbed: 25,
  footerText: 2048,
  /** Sum of title, description, field names and values, footer text over all embeds of one message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
} as const;
