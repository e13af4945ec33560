import { useParams } from 'react-router'

/** Route placeholder until the designer area lands (its owner replaces this file). */
export function MapDesignerPage() {
  const params = useParams()
  return <h1>MapDesignerPage {JSON.stringify(params)}</h1>
}
