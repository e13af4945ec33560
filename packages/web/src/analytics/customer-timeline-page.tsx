import { useParams } from 'react-router'

/** Route placeholder until the analytics area lands (its owner replaces this file). */
export function CustomerTimelinePage() {
  const params = useParams()
  return <h1>CustomerTimelinePage {JSON.stringify(params)}</h1>
}
