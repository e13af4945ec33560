import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react'
import './ui.css'

export interface Tab {
  readonly id: string
  readonly label: ReactNode
  readonly content: ReactNode
}

export interface TabsProps {
  readonly tabs: readonly Tab[]
  /** The id of the selected tab (controlled). */
  readonly selected: string
  readonly onSelect: (id: string) => void
  /** The accessible name of the tab list. */
  readonly label: string
}

/**
 * ARIA tabs: one tab stop; Left/Right arrows move between tabs and select them, Home/End jump
 * to the first and last. Only the selected panel is rendered.
 */
export function Tabs({ tabs, selected, onSelect, label }: TabsProps) {
  const base = useId()
  const list = useRef<HTMLDivElement>(null)
  const index = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === selected),
  )
  const current = tabs[index]

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = tabs.length - 1
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined
    if (target === undefined) return
    event.preventDefault()
    const tab = tabs[target]
    if (tab === undefined) return
    onSelect(tab.id)
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[target]?.focus()
  }

  return (
    <div className="ui-tabs">
      <div role="tablist" aria-label={label} className="ui-tabs__list" ref={list} onKeyDown={move}>
        {tabs.map((tab) => {
          const isSelected = tab.id === current?.id
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`${base}-tab-${tab.id}`}
              aria-selected={isSelected}
              aria-controls={`${base}-panel-${tab.id}`}
              tabIndex={isSelected ? 0 : -1}
              className="ui-tabs__tab"
              onClick={() => onSelect(tab.id)}
            >
              {tab.label}
            </button>
          )
        })}
      </div>
      {current === undefined ? null : (
        <div
          role="tabpanel"
          id={`${base}-panel-${current.id}`}
          aria-labelledby={`${base}-tab-${current.id}`}
          className="ui-tabs__panel"
        >
          {current.content}
        </div>
      )}
    </div>
  )
}
