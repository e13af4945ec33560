import { z } from 'zod'

/** The channels a customer meets the brand on (DESIGN §2). */
export const CHANNELS = [
  'web',
  'app',
  'email',
  'sms',
  'phone',
  'store',
  'social',
  'chat',
  'support',
  'partner',
  'word-of-mouth',
  'advertising',
  'mail',
  'event',
  'other',
] as const

export const Channel = z.enum(CHANNELS)
export type Channel = z.infer<typeof Channel>
