import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import {
  type ColumnMapping,
  type DocumentStore,
  type EventImporter,
  IMPORT_FORMATS,
  importFormatOf,
} from '@parcours/core'
import {
  createImportSessions,
  IMPORT_KEPT_MS,
  type ImportSession,
  LISTED_REJECTS,
  PREVIEW_ROWS,
} from '../imports/import-sessions.js'
import { IMPORT_UPLOAD_LIMIT_BYTES } from '../imports/save-upload.js'
import { problem, storeProblem } from '../problem.js'
import { problemResponse } from './document-routes.js'

const column = (description: string) => z.string().min(1).optional().openapi({ description })

/** The column mapping of a table import, as `parcours import --mapping` takes it; fields left out are detected. */
export const ColumnMappingSchema = z
  .object({
    activity: column('The activity / event name column'),
    timestamp: column('The timestamp column'),
    timestampFormat: z
      .string()
      .min(1)
      .optional()
      .openapi({ description: 'strptime format of the dates; absent: detected', example: '%d/%m/%Y %H:%M' }),
    timezone: z
      .string()
      .min(1)
      .optional()
      .openapi({ description: 'Zone of dates written without an offset (default UTC)', example: 'Europe/Paris' }),
    caseId: column('The case id column (also the user id when no user id column is given)'),
    userId: column('The user id column'),
    anonymousId: column('The anonymous id column'),
    channel: column('The channel column'),
    lifecycle: column('The lifecycle transition column (start, complete…)'),
    messageId: column('A column with a unique id per event'),
    identifiers: z
      .record(z.string().min(1), z.string().min(1))
      .optional()
      .openapi({ description: 'Shared identifiers for stitching, by kind', example: { email: 'Email' } }),
    properties: z
      .array(z.string().min(1))
      .optional()
      .openapi({ description: 'The columns kept as properties; absent: every column not mapped' }),
  })
  .strict()
  .openapi('ColumnMapping')

const RejectSchema = z
  .object({
    line: z
      .number()
      .int()
      .nullable()
      .openapi({ description: '1-based file line (the header is line 1); null for XES' }),
    record: z.string().openapi({ example: 'line 12' }),
    field: z.string().openapi({ example: 'timestamp' }),
    code: z.enum(['bad-timestamp', 'missing-case-id', 'missing-activity']),
    value: z.string().nullable(),
  })
  .openapi('ImportReject')

const ImportSchema = z
  .object({
    id: z.string().openapi({ example: 'imp_4f0c2a9d8e7b6a51' }),
    projectId: z.string(),
    fileName: z.string(),
    format: z.enum(IMPORT_FORMATS),
    bytes: z.number().int().openapi({ description: 'The size of the uploaded file' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
    state: z.enum(['previewed', 'running', 'done', 'failed']),
    preview: z.object({
      columns: z.array(z.string()),
      rows: z.array(z.array(z.string().nullable())).openapi({ description: `The first ${PREVIEW_ROWS} rows, as text` }),
      mapping: ColumnMappingSchema.openapi({ description: 'The mapping detected from the column names' }),
      timestampFormat: z
        .string()
        .optional()
        .openapi({ description: 'The date format detected on the timestamp column (iso8601 or strptime)' }),
      likelyTimestampFormat: z
        .object({ format: z.string(), share: z.number().min(0).max(1) })
        .optional()
        .openapi({
          description:
            'When no format reads every sampled date: the one that reads the most and the share it reads; start the import with it (or another) as mapping.timestampFormat',
        }),
      delimiter: z.string().optional(),
      encoding: z.string().optional(),
    }),
    progress: z
      .object({
        phase: z.enum(['reading', 'checking', 'storing']),
        fraction: z.number().min(0).max(1).nullable().openapi({ description: '0–1 overall; null when unknown (XES)' }),
        traces: z.number().int().optional().openapi({ description: 'XES: traces read so far' }),
      })
      .optional(),
    mapping: ColumnMappingSchema.optional().openapi({ description: 'The mapping the import runs with' }),
    summary: z
      .object({
        read: z.number().int(),
        imported: z.number().int(),
        duplicates: z.number().int(),
        rejected: z.number().int(),
        rejects: z.array(RejectSchema).openapi({ description: `The first ${LISTED_REJECTS} rejects` }),
        timestampFormat: z.string().optional(),
        encoding: z.string().optional(),
      })
      .optional(),
    failure: z
      .object({
        code: z.string(),
        message: z.string(),
        field: z.string().optional(),
        line: z.number().int().optional(),
      })
      .optional()
      .openapi({ description: 'Why the import failed; nothing was stored' }),
  })
  .openapi('Import')

const StartSchema = z
  .object({
    mapping: ColumnMappingSchema.optional(),
    delimiter: z.string().length(1).optional().openapi({ description: 'CSV: the delimiter (default: detected)' }),
    encoding: z.enum(['utf-8', 'latin-1']).optional().openapi({ description: 'CSV: the encoding (default: detected)' }),
  })
  .strict()
  .openapi('ImportStart')

type WireMapping = z.infer<typeof ColumnMappingSchema>

function mappingToWire(mapping: Partial<ColumnMapping>): WireMapping {
  const { properties, identifiers, ...columns } = mapping
  return {
    ...columns,
    ...(properties === undefined ? {} : { properties: [...properties] }),
    ...(identifiers === undefined ? {} : { identifiers: { ...identifiers } }),
  }
}

/** The mapping as sent, without the fields left out (JSON has no undefined). */
function mappingFromWire(mapping: WireMapping): Partial<ColumnMapping> {
  return Object.fromEntries(Object.entries(mapping).filter(([, value]) => value !== undefined))
}

function toWire(session: ImportSession): z.infer<typeof ImportSchema> {
  const { summary } = session
  return {
    id: session.id,
    projectId: session.projectId,
    fileName: session.fileName,
    format: session.format,
    bytes: session.bytes,
    createdAt: session.createdAt,
    state: session.state,
    preview: {
      ...session.preview,
      columns: [...session.preview.columns],
      rows: session.preview.rows.map((row) => [...row]),
      mapping: mappingToWire(session.preview.mapping),
    },
    ...(session.progress === undefined ? {} : { progress: session.progress }),
    ...(session.mapping === undefined ? {} : { mapping: mappingToWire(session.mapping) }),
    ...(summary === undefined
      ? {}
      : {
          summary: {
            read: summary.read,
            imported: summary.imported,
            duplicates: summary.duplicates,
            rejected: summary.rejected,
            rejects: summary.rejects.slice(0, LISTED_REJECTS).map((reject) => ({ ...reject })),
            ...(summary.timestampFormat === undefined ? {} : { timestampFormat: summary.timestampFormat }),
            ...(summary.encoding === undefined ? {} : { encoding: summary.encoding }),
          },
        }),
    ...(session.failure === undefined ? {} : { failure: session.failure }),
  }
}

export interface ImportRouteOptions {
  /** The largest upload (default 200 MiB). */
  readonly maxUploadBytes?: number
  /** Where uploads are kept while previewed and imported (default: the OS's temporary folder). */
  readonly tempDir?: string
}

/**
 * Importing files through the API (the web wizard): upload a file as the raw body and get a
 * preview with the detected mapping, start the import with the mapping, poll its progress, read
 * its summary and its reject file. The same importer as `parcours import`, all or nothing.
 */
export function registerImportRoutes(
  app: OpenAPIHono,
  documents: DocumentStore,
  importer: EventImporter,
  options: ImportRouteOptions = {},
): void {
  const limit = options.maxUploadBytes ?? IMPORT_UPLOAD_LIMIT_BYTES
  const sessions = createImportSessions({
    importer,
    maxUploadBytes: limit,
    ...(options.tempDir === undefined ? {} : { tempDir: options.tempDir }),
  })
  const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
  const projectParams = z.object({ projectId: z.string() })
  const params = projectParams.extend({ importId: z.string() })
  const base = '/api/projects/{projectId}/imports'
  const requireProject = async (projectId: string) => {
    const found = await documents.get({ kind: 'project', projectId, id: projectId })
    if (!found.ok) throw storeProblem(found.error)
  }

  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags: ['imports'],
      summary: 'Upload a file to import (CSV, TSV, JSON lines, Parquet or XES, also .gz) and preview it',
      description: `The file is the raw body (at most ${Math.round(limit / 1024 / 1024)} MB as sent; 413 beyond), its name in \`filename\`. The answer holds the columns, the first ${PREVIEW_ROWS} rows and the mapping detected from the column names, read by the importer itself; nothing is stored until the import is started. Uploads are kept ${IMPORT_KEPT_MS / 60_000} minutes.`,
      request: {
        params: projectParams,
        query: z.object({
          filename: z.string().min(1).max(255).openapi({ example: 'calls.csv.gz' }),
          format: z
            .enum(IMPORT_FORMATS)
            .optional()
            .openapi({ description: 'The format, when the file name does not tell it' }),
        }),
        body: {
          required: true,
          content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
        },
      },
      responses: {
        201: { description: 'The upload and its preview', ...json(ImportSchema) },
        400: problemResponse('No file name, an unknown format, or an empty file'),
        404: problemResponse('No such project'),
        413: problemResponse('The file is over the limit'),
        422: problemResponse('The file cannot be read (the line is named when the reader knows it)'),
      },
    }),
    async (c) => {
      const { projectId } = c.req.valid('param')
      const query = c.req.valid('query')
      await requireProject(projectId)
      const format = query.format ?? importFormatOf(query.filename)
      if (format === undefined) {
        const message = `cannot tell the format of "${query.filename}" from its name: use a file ending in .csv, .tsv, .jsonl, .parquet or .xes (or .gz), or give format`
        throw problem(400, 'unknown-format', message, { errors: [{ path: 'filename', message }] })
      }
      const session = await sessions.upload(projectId, query.filename, format, c.req.raw)
      return c.json(toWire(session), 201)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/{importId}/start`,
      tags: ['imports'],
      summary: 'Start an uploaded file’s import with a column mapping (checked first), in the background',
      description:
        'Fields left out of the mapping are detected from the column names, as `parcours import` does; an XES file takes no mapping. The import is all or nothing: poll GET …/imports/{importId} until it is done or failed.',
      request: {
        params,
        body: { required: true, ...json(StartSchema) },
      },
      responses: {
        202: { description: 'The import, running', ...json(ImportSchema) },
        400: problemResponse('An invalid mapping: the field is named (errors[].path, e.g. mapping.activity)'),
        404: problemResponse('No such project or import'),
        409: problemResponse('The import was already started'),
      },
    }),
    async (c) => {
      const { projectId, importId } = c.req.valid('param')
      const body = c.req.valid('json')
      await requireProject(projectId)
      const session = sessions.start(projectId, importId, {
        ...(body.mapping === undefined ? {} : { mapping: mappingFromWire(body.mapping) }),
        ...(body.delimiter === undefined ? {} : { delimiter: body.delimiter }),
        ...(body.encoding === undefined ? {} : { encoding: body.encoding }),
      })
      return c.json(toWire(session), 202)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{importId}`,
      tags: ['imports'],
      summary: 'An import’s state (previewed, running, done, failed), progress, and summary or failure',
      request: { params },
      responses: {
        200: { description: 'The import', ...json(ImportSchema) },
        404: problemResponse('No such project or import'),
      },
    }),
    async (c) => {
      const { projectId, importId } = c.req.valid('param')
      return c.json(toWire(sessions.get(projectId, importId)), 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{importId}/rejects`,
      tags: ['imports'],
      summary: 'The reject file of a finished import, as CSV (line, record, field, code, value)',
      request: { params },
      responses: {
        200: {
          description: 'Every rejected record, the same file as `parcours import` writes',
          content: { 'text/csv': { schema: z.string() } },
        },
        404: problemResponse('No such project or import'),
        409: problemResponse('The import is not done'),
      },
    }),
    async (c) => {
      const { projectId, importId } = c.req.valid('param')
      const session = sessions.get(projectId, importId)
      const csv = sessions.rejects(projectId, importId)
      // An ASCII name for every client, and the exact one (RFC 6266 / 5987) for those that read it.
      const name = `${session.fileName}.rejects.csv`
      const ascii = name.replace(/[^A-Za-z0-9._-]/g, '_')
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      })
    },
  )

  app.openapi(
    createRoute({
      method: 'delete',
      path: `${base}/{importId}`,
      tags: ['imports'],
      summary: 'Forget an upload or a finished import and remove its temporary files (never its events)',
      request: { params },
      responses: {
        204: { description: 'Removed' },
        404: problemResponse('No such project or import'),
        409: problemResponse('The import is running'),
      },
    }),
    async (c) => {
      const { projectId, importId } = c.req.valid('param')
      sessions.remove(projectId, importId)
      return c.body(null, 204)
    },
  )
}
