import { z } from 'zod'
import { Channel } from '../shared/channel.js'
import { DocumentId } from '../shared/ids.js'
import { type DocumentProblem, problemsFromZod } from '../shared/problems.js'
import { err, ok, type Result } from '../shared/result.js'
import { Segment } from './segment.schema.js'

export const PERSONA_SCHEMA_VERSION = 1

/** Facts about the person (B2C) or the buyer and their organisation (B2B). All optional. */
export const Demographics = z.object({
  ageRange: z.string().optional(),
  gender: z.string().optional(),
  location: z.string().optional(),
  occupation: z.string().optional(),
  income: z.string().optional(),
  education: z.string().optional(),
  familyStatus: z.string().optional(),
  /** B2B: the buyer's company, its size and sector, and the buyer's role in the decision. */
  company: z.string().optional(),
  companySize: z.string().optional(),
  industry: z.string().optional(),
  decisionRole: z.string().optional(),
})
export type Demographics = z.infer<typeof Demographics>

export const Psychographics = z.object({
  lifestyle: z.array(z.string()),
  habits: z.array(z.string()),
  values: z.array(z.string()),
  interests: z.array(z.string()),
})
export type Psychographics = z.infer<typeof Psychographics>

/**
 * A described customer type (DESIGN §3). Its optional `segment` ties it to real customers, so
 * analyses can be filtered to "people like this persona".
 */
export const PersonaSchema = z.object({
  schemaVersion: z.literal(PERSONA_SCHEMA_VERSION),
  id: DocumentId,
  name: z.string().min(1),
  /** An image URL, or an emoji or initials drawn in a circle. */
  avatar: z.string().optional(),
  quote: z.string().optional(),
  audience: z.enum(['b2c', 'b2b']),
  locale: z.string().min(2),
  summary: z.string().optional(),
  demographics: Demographics,
  psychographics: Psychographics,
  goals: z.array(z.string()),
  needs: z.array(z.string()),
  frustrations: z.array(z.string()),
  motivations: z.array(z.string()),
  preferredChannels: z.array(Channel),
  /** Free sections a team adds (a day's routine, buying criteria, objections…). */
  sections: z.array(z.object({ title: z.string().min(1), body: z.string() })),
  segment: Segment.optional(),
})
export type Persona = z.infer<typeof PersonaSchema>

/** Reads a persona from untrusted JSON; every problem comes back with its JSON path. */
export function parsePersona(input: unknown): Result<Persona, DocumentProblem[]> {
  const parsed = PersonaSchema.safeParse(input)
  return parsed.success ? ok(parsed.data) : err(problemsFromZod(parsed.error))
}
