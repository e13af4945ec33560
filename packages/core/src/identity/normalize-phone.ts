/**
 * The numbering plans the phone normaliser knows: the country calling code, and the trunk prefix
 * dialled before a national number (`0` in France, none in Italy or Spain, `1` in North America).
 * Italy keeps its leading 0 after the calling code (`+39 06…`), so it has no trunk prefix here.
 */
export const PHONE_COUNTRIES = {
  FR: { callingCode: '33', trunkPrefix: '0' },
  BE: { callingCode: '32', trunkPrefix: '0' },
  CH: { callingCode: '41', trunkPrefix: '0' },
  LU: { callingCode: '352', trunkPrefix: '' },
  MC: { callingCode: '377', trunkPrefix: '' },
  DE: { callingCode: '49', trunkPrefix: '0' },
  AT: { callingCode: '43', trunkPrefix: '0' },
  NL: { callingCode: '31', trunkPrefix: '0' },
  GB: { callingCode: '44', trunkPrefix: '0' },
  IE: { callingCode: '353', trunkPrefix: '0' },
  ES: { callingCode: '34', trunkPrefix: '' },
  PT: { callingCode: '351', trunkPrefix: '' },
  IT: { callingCode: '39', trunkPrefix: '' },
  MA: { callingCode: '212', trunkPrefix: '0' },
  TN: { callingCode: '216', trunkPrefix: '' },
  SN: { callingCode: '221', trunkPrefix: '' },
  CI: { callingCode: '225', trunkPrefix: '' },
  US: { callingCode: '1', trunkPrefix: '1' },
  CA: { callingCode: '1', trunkPrefix: '1' },
} as const satisfies Record<string, { readonly callingCode: string; readonly trunkPrefix: string }>
export type PhoneCountry = keyof typeof PHONE_COUNTRIES
export const PHONE_COUNTRY_CODES = Object.keys(PHONE_COUNTRIES) as [PhoneCountry, ...PhoneCountry[]]

/** Calling codes whose national trunk 0 is sometimes (wrongly) kept after them: `+33 06…`. */
const DROPS_TRUNK_ZERO = new Set<string>(
  Object.values(PHONE_COUNTRIES)
    .filter((plan) => plan.trunkPrefix === '0')
    .map((plan) => plan.callingCode),
)

/**
 * A phone number in E.164 (`+33612345678`), or null when the text is not a phone number.
 * Deliberately small: it knows calling codes and trunk prefixes, not each country's number
 * lengths, so it accepts every number of 8 to 15 digits that does not start with 0.
 *
 * - separators are ignored: spaces, `.`, `-`, `/`, parentheses; a `(0)` after the country code is dropped;
 * - `+` or `00` starts an international number; a trunk `0` kept after the calling code of a
 *   country that has one is dropped (`+33 06 12 34 56 78`);
 * - anything else is a national number of `defaultCountry`: its trunk prefix (if written) is
 *   replaced by the calling code.
 *
 * @example normalizePhone('06 12 34 56 78', 'FR') // '+33612345678'
 * @example normalizePhone('+33 (0)6 12 34 56 78', 'FR') // '+33612345678'
 * @example normalizePhone('0033 6 12 34 56 78', 'FR') // '+33612345678'
 */
export function normalizePhone(text: string, defaultCountry: PhoneCountry): string | null {
  const compact = text.trim().replace(/\(\s*0\s*\)/g, '')
  if (!/^\+?[\d\s.\-/()\u00a0]+$/.test(compact)) return null
  const digits = compact.replace(/\D/g, '')
  let international: string
  if (compact.startsWith('+')) international = digits
  else if (digits.startsWith('00')) international = digits.slice(2)
  else {
    const plan = PHONE_COUNTRIES[defaultCountry]
    const national =
      plan.trunkPrefix !== '' && digits.startsWith(plan.trunkPrefix) ? digits.slice(plan.trunkPrefix.length) : digits
    international = plan.callingCode + national
  }
  for (const code of DROPS_TRUNK_ZERO) {
    if (international.startsWith(`${code}0`)) {
      international = code + international.slice(code.length + 1)
      break
    }
  }
  if (international.length < 8 || international.length > 15 || international.startsWith('0')) return null
  return `+${international}`
}
