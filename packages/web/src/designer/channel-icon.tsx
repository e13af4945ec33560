import type { Channel } from '@parcours/core'
import type { ReactNode } from 'react'

/** A simple line drawing per channel, on a 16×16 grid. */
const DRAWINGS: Record<Channel, ReactNode> = {
  web: (
    <>
      <circle cx="8" cy="8" r="6" />
      <ellipse cx="8" cy="8" rx="2.6" ry="6" />
      <path d="M2 8h12" />
    </>
  ),
  app: (
    <>
      <rect x="4.5" y="1.5" width="7" height="13" rx="1.5" />
      <path d="M7 12.5h2" />
    </>
  ),
  email: (
    <>
      <rect x="1.5" y="3.5" width="13" height="9" rx="1" />
      <path d="M1.5 4.5 8 9l6.5-4.5" />
    </>
  ),
  sms: (
    <>
      <path d="M2 3.5h12v7H7l-3 3v-3H2z" />
      <path d="M5 7h6" />
    </>
  ),
  phone: <path d="M4 1.8 6.2 4.5 5 6.2a8 8 0 0 0 4.8 4.8l1.7-1.2 2.7 2.2-1.3 2A10.5 10.5 0 0 1 2 3.1z" />,
  store: (
    <>
      <path d="M2 6.5 3.5 2.5h9L14 6.5z" />
      <path d="M3 6.5v7h10v-7M6.5 13.5v-4h3v4" />
    </>
  ),
  social: (
    <>
      <circle cx="4" cy="8" r="2" />
      <circle cx="12" cy="4" r="2" />
      <circle cx="12" cy="12" r="2" />
      <path d="M5.8 7.1 10.2 4.9M5.8 8.9l4.4 2.2" />
    </>
  ),
  chat: (
    <>
      <path d="M1.5 2.5h9v6h-5l-2.5 2v-2H1.5z" />
      <path d="M10.5 5.5h4v6h-1.5v2l-2.5-2H6.5v-1.5" />
    </>
  ),
  support: (
    <>
      <path d="M3 9V7.5a5 5 0 0 1 10 0V9" />
      <rect x="2" y="8.5" width="2.5" height="4" rx="1" />
      <rect x="11.5" y="8.5" width="2.5" height="4" rx="1" />
      <path d="M13 12.5c0 1.5-2 2-4 2" />
    </>
  ),
  partner: (
    <>
      <circle cx="6" cy="8" r="4" />
      <circle cx="10" cy="8" r="4" />
    </>
  ),
  'word-of-mouth': (
    <>
      <path d="M2.5 3h11v7.5H8L5 13v-2.5H2.5z" />
      <path d="M6 5.5v2M10 5.5v2" />
    </>
  ),
  advertising: (
    <>
      <path d="M2 6.5h3l6-3.5v10l-6-3.5H2z" />
      <path d="M5 9.5 6 14h2l-1-4.5M13 6.5v3" />
    </>
  ),
  mail: (
    <>
      <rect x="1.5" y="3.5" width="13" height="9" rx="1" />
      <rect x="10" y="5" width="3" height="3" />
      <path d="M3.5 8h4M3.5 10.5h6" />
    </>
  ),
  event: (
    <>
      <rect x="2" y="3" width="12" height="11" rx="1" />
      <path d="M2 6.5h12M5 1.5v3M11 1.5v3" />
    </>
  ),
  other: (
    <>
      <circle cx="4" cy="8" r="1" />
      <circle cx="8" cy="8" r="1" />
      <circle cx="12" cy="8" r="1" />
    </>
  ),
}

/** The icon of a channel; decorative, so the channel's name must be written next to it. */
export function ChannelIcon({ channel }: { readonly channel: Channel }) {
  return (
    <svg
      className="channel-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.3"
      strokeLinejoin="round"
      strokeLinecap="round"
      aria-hidden="true"
    >
      {DRAWINGS[channel]}
    </svg>
  )
}
