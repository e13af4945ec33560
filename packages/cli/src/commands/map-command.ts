import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  type DocumentStore,
  findTemplate,
  type JourneyMap,
  parseJourneyMap,
  TEMPLATE_IDS,
  TEMPLATE_LOCALES,
  type TemplateLocale,
} from '@parcours/core'
import Table from 'cli-table3'
import type { Command } from 'commander'
import { CliError, type CliIo, parseFormat } from '../cli-io.js'
import { describeStoreError } from '../describe-store-error.js'
import { mapToCsv } from '../export/map-to-csv.js'
import { mapToMarkdown } from '../export/map-to-markdown.js'
import { resolveProject, type StoreOptions, withStore } from '../open-store.js'

/** `parcours map …`: create from a template, validate, import, list, show, export, versions, restore. */
export function registerMapCommand(program: Command, io: CliIo): void {
  const map = program.command('map').description('journey maps: create, validate, import, export, versions')
  const storeOptions = (command: Command) =>
    command
      .option('--db <file>', 'database file (default ./.parcours/parcours.duckdb or PARCOURS_DB)')
      .option('--project <id>', 'project (default: the only one, or "default")')

  map
    .command('new')
    .description('create a map file from a template')
    .requiredOption('--template <id>', `template id (${TEMPLATE_IDS.join(', ')})`)
    .option('--lang <lang>', 'language of the content: fr or en', 'fr')
    .option('--out <file>', 'write to this file instead of standard output')
    .action((options: { template: string; lang: string; out?: string }) => {
      const template = findTemplate(options.template)
      if (template === undefined) {
        throw new CliError(`unknown template "${options.template}"; valid ids: ${TEMPLATE_IDS.join(', ')}`, 2)
      }
      const lang = parseLang(options.lang)
      const text = `${JSON.stringify(template.build(lang).map, null, 2)}\n`
      if (options.out === undefined) {
        io.stdout(text)
        return
      }
      writeFileSync(resolve(io.cwd, options.out), text)
      io.stdout(`wrote ${options.out}: ${template.title[lang]} (${lang})\n`)
    })

  map
    .command('validate')
    .description('check a map file; prints one line per problem with its JSON path')
    .argument('<file>', 'map JSON file')
    .action((file: string) => {
      const parsed = readMapFile(io, file)
      io.stdout(`${file}: valid — ${describeMap(parsed)}\n`)
    })

  storeOptions(
    map
      .command('import')
      .description('validate a map file and save it in the project (a new map, version 1)')
      .argument('<file>', 'map JSON file')
      .option('--id <id>', 'save under this id instead of the id in the file'),
  ).action((file: string, options: StoreOptions & { id?: string }) =>
    withStore(io, options, async ({ documents: store }) => {
      const parsed = readMapFile(io, file)
      const project = await resolveProject(store, options.project)
      const body = options.id === undefined ? parsed : { ...parsed, id: options.id }
      const created = await store.create({ kind: 'map', projectId: project.id, id: body.id }, body)
      if (!created.ok) throw new CliError(describeStoreError(created.error))
      const addedPersonas = await importTemplatePersonas(store, project.id, body)
      io.stdout(`imported map "${body.id}" into project "${project.id}" (version ${created.value.version})\n`)
      for (const id of addedPersonas) io.stdout(`added persona "${id}" from template "${body.templateId}"\n`)
      const missing = await missingPersonas(store, project.id, body)
      for (const id of missing) io.stderr(`warning: persona "${id}" is linked but not in project "${project.id}"\n`)
    }),
  )

  storeOptions(
    map
      .command('list')
      .description('list the maps of the project')
      .option('--format <format>', 'table or json', 'table'),
  ).action((options: StoreOptions & { format: string }) =>
    withStore(io, options, async ({ documents: store }) => {
      const format = parseFormat(options.format, ['table', 'json'] as const)
      const project = await resolveProject(store, options.project)
      const maps = await store.list('map', project.id)
      const rows = maps.map((doc) => ({
        id: doc.id,
        title: doc.body.title,
        type: doc.body.type,
        status: doc.body.status,
        locale: doc.body.locale,
        version: doc.version,
        updatedAt: doc.updatedAt,
      }))
      if (format === 'json') {
        io.stdout(`${JSON.stringify(rows, null, 2)}\n`)
        return
      }
      const table = new Table({ head: ['id', 'title', 'type', 'status', 'lang', 'version', 'updated'] })
      for (const row of rows)
        table.push([row.id, row.title, row.type, row.status, row.locale, row.version, row.updatedAt])
      io.stdout(`${table.toString()}\n`)
    }),
  )

  storeOptions(
    map
      .command('show')
      .description('show a map: its facts, stages and lanes (or its JSON)')
      .argument('<id>', 'map id')
      .option('--format <format>', 'table or json', 'table'),
  ).action((id: string, options: StoreOptions & { format: string }) =>
    withStore(io, options, async ({ documents: store }) => {
      const format = parseFormat(options.format, ['table', 'json'] as const)
      const project = await resolveProject(store, options.project)
      const found = await store.get({ kind: 'map', projectId: project.id, id })
      if (!found.ok) throw new CliError(describeStoreError(found.error))
      const body = found.value.body
      if (format === 'json') {
        io.stdout(`${JSON.stringify(body, null, 2)}\n`)
        return
      }
      const lines = [
        `${body.title}  (${body.id}, version ${found.value.version}, ${body.type}, ${body.status}, ${body.locale})`,
        body.objective === '' ? undefined : `objective: ${body.objective}`,
        `stages: ${body.stages.map((stage) => `${stage.name}${stage.steps.length > 0 ? ` [${stage.steps.length} steps]` : ''}`).join(' → ')}`,
        `lanes: ${body.lanes.map((lane) => `${lane.title} (${lane.kind})`).join(', ')}`,
        `touchpoints: ${body.touchpoints.length}, KPIs: ${body.kpis.length}, personas: ${body.personaIds.join(', ') || 'none'}`,
      ]
      io.stdout(`${lines.filter((line) => line !== undefined).join('\n')}\n`)
    }),
  )

  storeOptions(
    map
      .command('export')
      .description('export a map as JSON, CSV (stages × lanes) or Markdown')
      .argument('<id>', 'map id')
      .requiredOption('--format <format>', 'json, csv or md')
      .option('--out <file>', 'write to this file instead of standard output'),
  ).action((id: string, options: StoreOptions & { format: string; out?: string }) =>
    withStore(io, options, async ({ documents: store }) => {
      const format = parseFormat(options.format, ['json', 'csv', 'md'] as const)
      const project = await resolveProject(store, options.project)
      const found = await store.get({ kind: 'map', projectId: project.id, id })
      if (!found.ok) throw new CliError(describeStoreError(found.error))
      const body = found.value.body
      const text =
        format === 'json'
          ? `${JSON.stringify(body, null, 2)}\n`
          : format === 'csv'
            ? mapToCsv(body)
            : mapToMarkdown(body)
      if (options.out === undefined) io.stdout(text)
      else {
        writeFileSync(resolve(io.cwd, options.out), text)
        io.stdout(`wrote ${options.out}\n`)
      }
    }),
  )

  storeOptions(
    map
      .command('versions')
      .description('list the saved versions of a map')
      .argument('<id>', 'map id')
      .option('--format <format>', 'table or json', 'table'),
  ).action((id: string, options: StoreOptions & { format: string }) =>
    withStore(io, options, async ({ documents: store }) => {
      const format = parseFormat(options.format, ['table', 'json'] as const)
      const project = await resolveProject(store, options.project)
      const versions = await store.listVersions({ kind: 'map', projectId: project.id, id })
      if (!versions.ok) throw new CliError(describeStoreError(versions.error))
      if (format === 'json') {
        io.stdout(`${JSON.stringify(versions.value, null, 2)}\n`)
        return
      }
      const table = new Table({ head: ['version', 'saved at'] })
      for (const version of versions.value) table.push([version.version, version.updatedAt])
      io.stdout(`${table.toString()}\n`)
    }),
  )

  storeOptions(
    map
      .command('restore')
      .description('make an old version of a map the current one (saved as a new version)')
      .argument('<id>', 'map id')
      .argument('<version>', 'version number to restore'),
  ).action((id: string, version: string, options: StoreOptions) =>
    withStore(io, options, async ({ documents: store }) => {
      const number = Number(version)
      if (!Number.isInteger(number) || number < 1) throw new CliError(`invalid version "${version}"`, 2)
      const project = await resolveProject(store, options.project)
      const key = { kind: 'map', projectId: project.id, id } as const
      const current = await store.get(key)
      if (!current.ok) throw new CliError(describeStoreError(current.error))
      const restored = await store.restore(key, number, current.value.version)
      if (!restored.ok) throw new CliError(describeStoreError(restored.error))
      io.stdout(`restored version ${number} of map "${id}" as version ${restored.value.version}\n`)
    }),
  )
}

function parseLang(value: string): TemplateLocale {
  if ((TEMPLATE_LOCALES as readonly string[]).includes(value)) return value as TemplateLocale
  throw new CliError(`unknown language "${value}": choose ${TEMPLATE_LOCALES.join(' or ')}`, 2)
}

/** Reads and validates a map file; every problem becomes a line `file: path: message`. */
function readMapFile(io: CliIo, file: string): JourneyMap {
  let text: string
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8')
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new CliError(`${file}: not valid JSON: ${(error as Error).message}`)
  }
  const parsed = parseJourneyMap(json)
  if (!parsed.ok) {
    const count = parsed.error.length
    throw new CliError(
      `${file}: invalid map (${count} problem${count === 1 ? '' : 's'})`,
      1,
      parsed.error.map((problem) => `${file}: ${problem.path}: ${problem.message}`),
    )
  }
  return parsed.value
}

function describeMap(map: JourneyMap): string {
  const steps = map.stages.reduce((sum, stage) => sum + stage.steps.length, 0)
  return `"${map.title}": ${map.stages.length} stages, ${steps} steps, ${map.lanes.length} lanes, ${map.touchpoints.length} touchpoints, ${map.kpis.length} KPIs`
}

/** A map made from a template brings the template's personas into the project when they are missing. */
async function importTemplatePersonas(store: DocumentStore, projectId: string, map: JourneyMap): Promise<string[]> {
  const template = map.templateId === undefined ? undefined : findTemplate(map.templateId)
  if (template === undefined) return []
  const lang: TemplateLocale = map.locale.startsWith('en') ? 'en' : 'fr'
  const added: string[] = []
  for (const persona of template.build(lang).personas) {
    if (!map.personaIds.includes(persona.id)) continue
    const created = await store.create({ kind: 'persona', projectId, id: persona.id }, persona)
    if (created.ok) added.push(persona.id)
  }
  return added
}

async function missingPersonas(store: DocumentStore, projectId: string, map: JourneyMap): Promise<string[]> {
  const missing: string[] = []
  for (const id of map.personaIds) {
    if (!(await store.get({ kind: 'persona', projectId, id })).ok) missing.push(id)
  }
  return missing
}
