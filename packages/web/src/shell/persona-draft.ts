import type { Demographics, Persona, Segment } from '@parcours/core'

/** The list fields of a persona edited as one item per line. */
export type PersonaListField = 'goals' | 'needs' | 'frustrations' | 'motivations'
export type PsychographicField = keyof Persona['psychographics']

/** Splits a textarea into a list, one item per line (empty lines kept while typing). */
export function linesOf(text: string): string[] {
  return text.split('\n')
}

/**
 * The persona as it is sent to the server: list items trimmed and empty ones dropped, empty
 * optional texts removed (the schema wants them absent, not empty).
 */
export function cleanPersona(draft: Persona): Persona {
  const list = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== '')
  const demographics: Demographics = {}
  for (const [key, value] of Object.entries(draft.demographics) as [keyof Demographics, string | undefined][]) {
    if (value !== undefined && value.trim() !== '') demographics[key] = value.trim()
  }
  const { avatar, quote, summary, segment: _segment, ...rest } = draft
  return {
    ...rest,
    name: draft.name.trim(),
    ...(avatar === undefined || avatar.trim() === '' ? {} : { avatar: avatar.trim() }),
    ...(quote === undefined || quote.trim() === '' ? {} : { quote: quote.trim() }),
    ...(summary === undefined || summary.trim() === '' ? {} : { summary: summary.trim() }),
    demographics,
    psychographics: {
      lifestyle: list(draft.psychographics.lifestyle),
      habits: list(draft.psychographics.habits),
      values: list(draft.psychographics.values),
      interests: list(draft.psychographics.interests),
    },
    goals: list(draft.goals),
    needs: list(draft.needs),
    frustrations: list(draft.frustrations),
    motivations: list(draft.motivations),
    sections: draft.sections
      .map((section) => ({ title: section.title.trim(), body: section.body }))
      .filter((section) => section.title !== '' || section.body.trim() !== ''),
    ...(draft.segment === undefined ? {} : { segment: cleanSegment(draft.segment) }),
  }
}

/** Drops the empty event names a comma-separated field leaves while typing. */
function cleanSegment(segment: Segment): Segment {
  return {
    ...segment,
    conditions: segment.conditions.map((condition) =>
      condition.kind === 'performed'
        ? {
            ...condition,
            selector: { ...condition.selector, events: condition.selector.events.filter((name) => name !== '') },
          }
        : condition,
    ),
  }
}
