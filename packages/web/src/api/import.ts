import { ApiError, getJson, type Problem, sendJson } from './http.js'

/** The columns of a table import (`parcours import --mapping`); fields left out are detected by name. */
export interface ColumnMapping {
  readonly activity?: string
  readonly timestamp?: string
  readonly timestampFormat?: string
  readonly timezone?: string
  readonly caseId?: string
  readonly userId?: string
  readonly anonymousId?: string
  readonly channel?: string
  readonly lifecycle?: string
  readonly messageId?: string
  readonly identifiers?: Readonly<Record<string, string>>
  readonly properties?: readonly string[]
}

export type ImportFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet' | 'xes'
export type ImportState = 'previewed' | 'running' | 'done' | 'failed'
export type RejectCode = 'bad-timestamp' | 'missing-case-id' | 'missing-activity'

export interface ImportReject {
  readonly line: number | null
  readonly record: string
  readonly field: string
  readonly code: RejectCode
  readonly value: string | null
}

/** An upload and its import, as `GET /api/projects/{id}/imports/{importId}` answers it. */
export interface ImportStatus {
  readonly id: string
  readonly projectId: string
  readonly fileName: string
  readonly format: ImportFormat
  readonly bytes: number
  readonly state: ImportState
  readonly preview: {
    readonly columns: readonly string[]
    readonly rows: readonly (readonly (string | null)[])[]
    readonly mapping: ColumnMapping
    readonly timestampFormat?: string
    /** When no format reads every sampled date: the one that reads the most, and its share (0–1). */
    readonly likelyTimestampFormat?: { readonly format: string; readonly share: number }
    readonly delimiter?: string
    readonly encoding?: string
  }
  readonly progress?: {
    readonly phase: 'reading' | 'checking' | 'storing'
    readonly fraction: number | null
    readonly traces?: number
  }
  readonly mapping?: ColumnMapping
  readonly summary?: {
    readonly read: number
    readonly imported: number
    readonly duplicates: number
    readonly rejected: number
    readonly rejects: readonly ImportReject[]
    readonly timestampFormat?: string
    readonly encoding?: string
  }
  readonly failure?: {
    readonly code: string
    readonly message: string
    readonly field?: string
    readonly line?: number
  }
}

/** What starts an import: the mapping (tables only) and the CSV dialect. */
export interface ImportStart {
  readonly mapping?: ColumnMapping
  readonly delimiter?: string
  readonly encoding?: 'utf-8' | 'latin-1'
}

const importsPath = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/imports`
const importPath = (projectId: string, importId: string) => `${importsPath(projectId)}/${encodeURIComponent(importId)}`

/**
 * Uploads a file as the raw body and answers its preview. `onProgress` is told the fraction sent
 * (0–1). Fails with an ApiError (413 too large, 422 unreadable, 400 unknown format) or a TypeError
 * when the server cannot be reached.
 */
export function uploadImport(
  projectId: string,
  file: File,
  onProgress?: (fraction: number) => void,
): Promise<ImportStatus> {
  const path = `${importsPath(projectId)}?filename=${encodeURIComponent(file.name)}`
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', path)
    request.setRequestHeader('Content-Type', 'application/octet-stream')
    request.setRequestHeader('Accept', 'application/json')
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress !== undefined) onProgress(event.loaded / event.total)
    }
    request.onerror = () => reject(new TypeError('network error'))
    request.onload = () => {
      const type = request.getResponseHeader('content-type') ?? ''
      let body: unknown
      try {
        body = type.includes('json') ? JSON.parse(request.responseText) : undefined
      } catch {
        body = undefined
      }
      if (request.status >= 200 && request.status < 300) resolve(body as ImportStatus)
      else reject(new ApiError(request.status, body as Problem | undefined, path))
    }
    request.send(file)
  })
}

/** Starts an uploaded file's import; a 400 ApiError names the mapping field at fault. */
export function startImport(projectId: string, importId: string, start: ImportStart): Promise<ImportStatus> {
  return sendJson<ImportStatus>('POST', `${importPath(projectId, importId)}/start`, start)
}

/** An import's state, progress and summary. */
export function getImport(projectId: string, importId: string): Promise<ImportStatus> {
  return getJson<ImportStatus>(importPath(projectId, importId))
}

/** Forgets an upload (its temporary file); the events of a finished import stay. */
export function removeImport(projectId: string, importId: string): Promise<void> {
  return sendJson<void>('DELETE', importPath(projectId, importId))
}

/** Where the reject file (CSV) of a finished import is downloaded from. */
export function rejectFileUrl(projectId: string, importId: string): string {
  return `${importPath(projectId, importId)}/rejects`
}
