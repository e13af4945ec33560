import {
  type Announcements,
  KeyboardSensor,
  PointerSensor,
  type ScreenReaderInstructions,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import { useTranslation } from 'react-i18next'

/** Pointer (after a 4 px move, so clicks stay clicks) and keyboard sensors for a sortable list. */
export function useSortableSensors() {
  return useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
}

/** dnd-kit's screen-reader instructions and live announcements, in the user's language. */
export function useDndAccessibility(nameOf: (id: string) => string): {
  announcements: Announcements
  screenReaderInstructions: ScreenReaderInstructions
} {
  const { t } = useTranslation('designer')
  const name = (id: string | number) => nameOf(String(id))
  return {
    screenReaderInstructions: { draggable: t('dnd.instructions') },
    announcements: {
      onDragStart: ({ active }) => t('dnd.picked', { name: name(active.id) }),
      onDragOver: ({ active, over }) =>
        over === null
          ? t('dnd.outside', { name: name(active.id) })
          : t('dnd.over', { name: name(active.id), over: name(over.id) }),
      onDragEnd: ({ active, over }) =>
        over === null
          ? t('dnd.cancelled', { name: name(active.id) })
          : t('dnd.dropped', { name: name(active.id), over: name(over.id) }),
      onDragCancel: ({ active }) => t('dnd.cancelled', { name: name(active.id) }),
    },
  }
}
