import { useTranslation } from 'react-i18next'
import { setContent } from './cell-place.js'
import type { CellProps } from './cell-props.js'
import { InlineText } from './inline-text.js'

/** A text or bullet-list cell, edited in place (one bullet per line). */
export function TextCell({ lane, place, cell, where, execute }: CellProps) {
  const { t } = useTranslation('designer')
  const content = cell?.content
  const asList = content === undefined ? lane.kind === 'list' || lane.kind === 'actions' : content.kind === 'list'
  const value = content?.kind === 'list' ? content.items.join('\n') : content?.kind === 'text' ? content.text : ''
  const items = value.split('\n').filter((line) => line.trim() !== '')
  return (
    <InlineText
      value={value}
      multiline
      label={t('cell.edit', { where })}
      fieldLabel={t('cell.field', { where })}
      emptyText={t('cell.empty')}
      className="text-cell"
      display={
        asList ? (
          <ul className="cell-list">
            {/* Each item ends with a space, so tools reading the text do not run items together. */}
            {items.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: list items are plain strings that may repeat
              <li key={i}>{`${item} `}</li>
            ))}
          </ul>
        ) : (
          <p className="cell-text">{value}</p>
        )
      }
      onCommit={(text) => {
        const lines = text
          .split('\n')
          .map((line) => line.replace(/^\s*[•*-]\s*/, '').trim())
          .filter((line) => line !== '')
        const next =
          text.trim() === ''
            ? undefined
            : asList
              ? { kind: 'list' as const, items: lines }
              : { kind: 'text' as const, text }
        execute(...setContent(place, next, cell !== undefined))
      }}
    />
  )
}
