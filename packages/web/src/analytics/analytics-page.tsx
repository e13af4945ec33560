import { useParams } from 'react-router'

/** Route placeholder until the analytics area lands (its owner replaces this file). */
export function AnalyticsPage() {
  const params = useParams()
  return <h1>AnalyticsPage {JSON.stringify(params)}</h1>
}
