/** The API's problem+json body (RFC 9457), as the server sends it. */
export interface Problem {
  readonly type?: string
  readonly title: string
  readonly status: number
  readonly detail?: string
  readonly errors?: readonly { readonly path?: string; readonly message: string }[]
}

/** A failed API call: the HTTP status and, when the server sent one, its problem. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    path: string,
  ) {
    super(problem?.detail ?? problem?.title ?? `${path}: HTTP ${status}`)
    this.name = 'ApiError'
  }
}

async function failure(path: string, response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? ''
  const problem = type.includes('json')
    ? ((await response.json().catch(() => undefined)) as Problem | undefined)
    : undefined
  return new ApiError(response.status, problem, path)
}

/** GET a JSON resource; throws ApiError on a non-2xx answer. */
export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } })
  if (!response.ok) throw await failure(path, response)
  return (await response.json()) as T
}

/** Send a JSON body (POST, PUT, PATCH or DELETE); throws ApiError on a non-2xx answer. */
export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!response.ok) throw await failure(path, response)
  return (response.status === 204 ? undefined : await response.json()) as T
}
