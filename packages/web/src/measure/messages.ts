/** The measure namespace's words, French and English (keys identical in both). */
export const messages = {
  fr: {},
  en: {},
} as const
