import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { CSSProperties, ReactNode } from 'react'

/** Props of {@link SortableItem}. */
export interface SortableItemProps {
  readonly id: string
  /** The accessible name of the drag handle, e.g. "Drag stage Awareness". */
  readonly handleLabel: string
  readonly className?: string
  readonly style?: CSSProperties
  /** The item's content; a function receives the grip handle to place it itself (e.g. in a row's first cell). */
  readonly children: ReactNode | ((handle: ReactNode) => ReactNode)
}

/**
 * One draggable item of a dnd-kit sortable list; only its grip handle starts a drag (pointer, or
 * Space then arrows then Space with the keyboard), so the item's own keys stay free for editing.
 */
export function SortableItem({ id, handleLabel, className, style, children }: SortableItemProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
  })
  const handle = (
    <button
      type="button"
      ref={setActivatorNodeRef}
      className="drag-handle"
      {...attributes}
      {...listeners}
      aria-label={handleLabel}
      title={handleLabel}
    >
      <svg viewBox="0 0 10 16" width="10" height="16" aria-hidden="true">
        {[3, 8, 13].map((y) => (
          <g key={y}>
            <circle cx="2.5" cy={y} r="1.4" />
            <circle cx="7.5" cy={y} r="1.4" />
          </g>
        ))}
      </svg>
    </button>
  )
  return (
    <div
      ref={setNodeRef}
      className={`${className ?? ''} ${isDragging ? 'is-dragging' : ''}`}
      style={{ ...style, transform: CSS.Translate.toString(transform), transition }}
    >
      {typeof children === 'function' ? (
        children(handle)
      ) : (
        <>
          {handle}
          {children}
        </>
      )}
    </div>
  )
}
