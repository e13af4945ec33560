import { z } from 'zod'
import { assertNever } from '../shared/result.js'
import { normalizePhone, PHONE_COUNTRY_CODES, type PhoneCountry } from './normalize-phone.js'

/** How a shared identifier's raw value becomes its canonical text. */
export const IdentifierNormalizer = z.enum(['email', 'phone', 'trim', 'lowercase'])
export type IdentifierNormalizer = z.infer<typeof IdentifierNormalizer>

const RESERVED_KINDS = ['anonymous', 'user', 'identify', 'alias', 'same-event']

/** A shared identifier kind: `email`, `phone`, `loyalty`, `crm`… (not `anonymous` or `user`). */
export const SharedIdentifierKind = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, 'a kind is 1–32 characters: a–z, 0–9 and "-", starting with a letter')
  .refine((kind) => !RESERVED_KINDS.includes(kind), { message: `a kind cannot be ${RESERVED_KINDS.join(', ')}` })

/**
 * One identity rule: the field of an event that holds a shared identifier, the identifier's kind,
 * and how its value is normalised. `source` is a dotted path whose first segment is `traits`,
 * `properties` or `context` (`traits.email`, `properties.loyaltyCard`, `context.traits.email`).
 */
export const IdentityRule = z.object({
  source: z
    .string()
    .regex(/^(traits|properties|context)(\.[^.]+)+$/, 'a source is traits.<key>, properties.<key> or context.<key>…'),
  kind: SharedIdentifierKind,
  normalize: IdentifierNormalizer,
})
export type IdentityRule = z.infer<typeof IdentityRule>

/** A project's identity rules, and the country of phone numbers written without a country code. */
export const IdentityRules = z.object({
  defaultCountry: z.enum(PHONE_COUNTRY_CODES),
  rules: z.array(IdentityRule),
})
export type IdentityRules = z.infer<typeof IdentityRules>

/** What Parcours links by default (see docs/identity.md). */
export const DEFAULT_IDENTITY_RULES: IdentityRules = {
  defaultCountry: 'FR',
  rules: [
    { source: 'traits.email', kind: 'email', normalize: 'email' },
    { source: 'traits.phone', kind: 'phone', normalize: 'phone' },
    { source: 'traits.loyaltyCard', kind: 'loyalty', normalize: 'trim' },
    { source: 'properties.loyaltyCard', kind: 'loyalty', normalize: 'trim' },
    { source: 'traits.crmId', kind: 'crm', normalize: 'trim' },
    // Segment sends the user's traits with track and page calls in context.traits.
    { source: 'context.traits.email', kind: 'email', normalize: 'email' },
    { source: 'context.traits.phone', kind: 'phone', normalize: 'phone' },
  ],
}

/** A rule's source split into the event field and the keys inside it: `traits.a.b` → `traits`, `['a', 'b']`. */
export function splitRuleSource(source: string): {
  readonly field: 'traits' | 'properties' | 'context'
  readonly keys: readonly string[]
} {
  const [field, ...keys] = source.split('.')
  if (field !== 'traits' && field !== 'properties' && field !== 'context') {
    throw new Error(`an identity rule source starts with traits, properties or context: ${source}`)
  }
  return { field, keys }
}

/**
 * The canonical text of a shared identifier, or null when the value is not one (empty, not a
 * string or a finite number, a malformed email or phone number).
 *
 * - `email`: trimmed, Unicode NFC, lower-cased; it must be `local@domain` without spaces;
 * - `phone`: E.164 (see `normalizePhone`), national numbers in `defaultCountry`;
 * - `trim`: trimmed; `lowercase`: trimmed and lower-cased.
 *
 * @example normalizeIdentifierValue('Léa@Example.FR ', 'email', 'FR') // 'léa@example.fr'
 */
export function normalizeIdentifierValue(
  raw: unknown,
  normalizer: IdentifierNormalizer,
  defaultCountry: PhoneCountry,
): string | null {
  const text =
    typeof raw === 'string' ? raw.trim() : typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : undefined
  if (text === undefined || text === '') return null
  switch (normalizer) {
    case 'email': {
      const email = text.normalize('NFC').toLowerCase()
      return /^[^\s@]+@[^\s@]+$/.test(email) ? email : null
    }
    case 'phone':
      return normalizePhone(text, defaultCountry)
    case 'trim':
      return text
    case 'lowercase':
      return text.toLowerCase()
    default:
      return assertNever(normalizer)
  }
}
