import {
  type DocumentStore,
  ProjectSchema,
  problemsFromZod,
  type StoredDocument,
  slugify,
  uniqueId,
  type WriteKeyInfo,
} from '@parcours/core'
import Table from 'cli-table3'
import type { Command } from 'commander'
import { CliError, type CliIo, parseFormat } from '../cli-io.js'
import { describeStoreError } from '../describe-store-error.js'
import { withStore } from '../open-store.js'

const LOCALES = ['fr', 'en'] as const
const FORMATS = ['table', 'json'] as const

interface DbOptions {
  readonly db?: string
}
interface FormatOptions extends DbOptions {
  readonly format: string
}

/** `parcours project …`: create and list projects, and manage their write keys (for event ingestion). */
export function registerProjectCommand(program: Command, io: CliIo): void {
  const project = program.command('project').description('projects and their write keys')
  const withDb = (command: Command) =>
    command.option('--db <file>', 'database file (default ./.parcours/parcours.duckdb or PARCOURS_DB)')
  const withFormat = (command: Command) => withDb(command).option('--format <format>', 'table or json', 'table')

  withFormat(
    project
      .command('create')
      .description('create a project and its first write key (the key is shown once)')
      .argument('<name>', 'the project name')
      .option('--id <id>', 'the project id (default: derived from the name)')
      .option('--locale <locale>', 'default language of its maps: fr or en', 'fr'),
  ).action((name: string, options: FormatOptions & { id?: string; locale: string }) =>
    withStore(io, options, async ({ documents, writeKeys }) => {
      const format = parseFormat(options.format, FORMATS)
      const locale = options.locale
      if (!(LOCALES as readonly string[]).includes(locale))
        throw new CliError(`unknown locale "${locale}": choose ${LOCALES.join(', ')}`, 2)
      const taken = new Set((await documents.list('project')).map((doc) => doc.id))
      const parsed = ProjectSchema.safeParse({ id: options.id ?? uniqueId(slugify(name), taken), name, locale })
      if (!parsed.success) {
        const problems = problemsFromZod(parsed.error)
        throw new CliError(
          'invalid project',
          2,
          problems.map((p) => `  ${p.path}: ${p.message}`),
        )
      }
      const created = await documents.create(
        { kind: 'project', projectId: parsed.data.id, id: parsed.data.id },
        parsed.data,
      )
      if (!created.ok) throw new CliError(describeStoreError(created.error))
      const { key, info } = await writeKeys.create(created.value.id)
      if (format === 'json') {
        const body = created.value.body
        io.stdout(
          `${JSON.stringify({ id: body.id, name: body.name, locale: body.locale, writeKey: key, keyId: info.id }, null, 2)}\n`,
        )
        return
      }
      io.stdout(`created project "${created.value.id}" (${created.value.body.name}, ${locale})\n`)
      io.stdout(printKey(key, info))
    }),
  )

  withFormat(project.command('list').description('list the projects')).action((options: FormatOptions) =>
    withStore(io, options, async ({ documents, writeKeys }) => {
      const format = parseFormat(options.format, FORMATS)
      const projects = await documents.list('project')
      const rows = await Promise.all(
        projects.map(async (doc) => ({
          id: doc.id,
          name: doc.body.name,
          locale: doc.body.locale,
          version: doc.version,
          updatedAt: doc.updatedAt,
          activeWriteKeys: (await writeKeys.list(doc.id)).filter((info) => info.revokedAt === null).length,
        })),
      )
      if (format === 'json') {
        io.stdout(`${JSON.stringify(rows, null, 2)}\n`)
        return
      }
      const table = new Table({ head: ['id', 'name', 'lang', 'version', 'updated', 'active keys'] })
      for (const row of rows)
        table.push([row.id, row.name, row.locale, row.version, row.updatedAt, row.activeWriteKeys])
      io.stdout(`${table.toString()}\n`)
    }),
  )

  withFormat(
    project
      .command('keys')
      .description('list the write keys of a project (their last 4 characters, never the keys)')
      .argument('<projectId>', 'project id'),
  ).action((projectId: string, options: FormatOptions) =>
    withStore(io, options, async ({ documents, writeKeys }) => {
      const format = parseFormat(options.format, FORMATS)
      await requireProject(documents, projectId)
      const keys = await writeKeys.list(projectId)
      if (format === 'json') {
        io.stdout(`${JSON.stringify(keys, null, 2)}\n`)
        return
      }
      const table = new Table({ head: ['id', 'ends with', 'created', 'revoked'] })
      for (const info of keys) table.push([info.id, `…${info.preview}`, info.createdAt, info.revokedAt ?? ''])
      io.stdout(`${table.toString()}\n`)
    }),
  )

  withFormat(
    project
      .command('create-key')
      .description('create another write key for a project (the key is shown once)')
      .argument('<projectId>', 'project id'),
  ).action((projectId: string, options: FormatOptions) =>
    withStore(io, options, async ({ documents, writeKeys }) => {
      const format = parseFormat(options.format, FORMATS)
      await requireProject(documents, projectId)
      const { key, info } = await writeKeys.create(projectId)
      if (format === 'json') io.stdout(`${JSON.stringify({ ...info, writeKey: key }, null, 2)}\n`)
      else io.stdout(printKey(key, info))
    }),
  )

  withDb(
    project
      .command('revoke-key')
      .description('revoke a write key: its sources can no longer send events')
      .argument('<projectId>', 'project id')
      .argument('<keyId>', 'key id (see `parcours project keys`)'),
  ).action((projectId: string, keyId: string, options: DbOptions) =>
    withStore(io, options, async ({ documents, writeKeys }) => {
      await requireProject(documents, projectId)
      const revoked = await writeKeys.revoke(projectId, keyId)
      if (!revoked.ok) throw new CliError(`no write key "${keyId}" in project "${projectId}"`)
      io.stdout(`revoked write key ${keyId} (…${revoked.value.preview}) of project "${projectId}"\n`)
    }),
  )
}

async function requireProject(documents: DocumentStore, projectId: string): Promise<StoredDocument<'project'>> {
  const found = await documents.get({ kind: 'project', projectId, id: projectId })
  if (!found.ok) throw new CliError(describeStoreError(found.error))
  return found.value
}

function printKey(key: string, info: WriteKeyInfo): string {
  return [
    `write key ${info.id}: ${key}`,
    'Keep it now: it is shown only once. Sources send events with it as the basic-auth user (POST /v1/batch).',
    '',
  ].join('\n')
}
