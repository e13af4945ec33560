import { useState } from 'react'
import './ui.css'

export interface AvatarProps {
  /** The person's name: the accessible name, and the initials when there is no image. */
  readonly name: string
  /** An image URL (http, https or data:image), or a short text such as an emoji or initials. */
  readonly avatar?: string | undefined
  readonly size?: 'small' | 'medium' | 'large'
}

/** The first letters of the first two words: "Léa Martin" → "LM". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const letters = words.slice(0, 2).map((word) => [...word][0] ?? '')
  return letters.join('').toUpperCase() || '?'
}

function isImageUrl(value: string): boolean {
  return /^(https?:\/\/|data:image\/|\/)/i.test(value.trim())
}

/** A round picture of a persona: its image, or its emoji/initials on a tinted disc if none or broken. */
export function Avatar({ name, avatar, size = 'medium' }: AvatarProps) {
  const [broken, setBroken] = useState<string | undefined>(undefined)
  const value = avatar?.trim() ?? ''
  if (value !== '' && isImageUrl(value) && broken !== value) {
    return <img className={`ui-avatar ui-avatar--${size}`} src={value} alt={name} onError={() => setBroken(value)} />
  }
  const text = value !== '' && !isImageUrl(value) && [...value].length <= 3 ? value : initialsOf(name)
  const hue = [...name].reduce((sum, char) => sum + (char.codePointAt(0) ?? 0), 0) % 360
  return (
    <span
      className={`ui-avatar ui-avatar--${size} ui-avatar--initials`}
      role="img"
      aria-label={name}
      style={{ backgroundColor: `hsl(${hue} 45% 88%)`, color: `hsl(${hue} 55% 22%)` }}
    >
      <span aria-hidden="true">{text}</span>
    </span>
  )
}
