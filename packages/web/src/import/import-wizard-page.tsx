import { useParams } from 'react-router'

/** Route placeholder until the import area lands (its owner replaces this file). */
export function ImportWizardPage() {
  const params = useParams()
  return <h1>ImportWizardPage {JSON.stringify(params)}</h1>
}
