import { useTranslation } from 'react-i18next'
import './measure.css'

export interface MeasureToggleProps {
  /** Whether the measured overlay is shown. */
  readonly checked: boolean
  readonly onChange: (checked: boolean) => void
}

/**
 * The measured overlay's switch (a `switch` role named "Measured"/"Mesuré"), keyboard-usable.
 *
 * @example const [on, setOn] = useState(false); <MeasureToggle checked={on} onChange={setOn} />
 */
export function MeasureToggle({ checked, onChange }: MeasureToggleProps) {
  const { t } = useTranslation('measure')
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      className="measure-toggle"
      title={t('toggle.description')}
      onClick={() => onChange(!checked)}
    >
      <span className="measure-toggle__track" aria-hidden="true">
        <span className="measure-toggle__thumb" />
      </span>
      {t('toggle.label')}
    </button>
  )
}
