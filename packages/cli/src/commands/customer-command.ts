import { assertNever, type IdentityError, type IdentityStore } from '@parcours/core'
import { customerToWire, eventToWire, profileToWire, unmergeToWire } from '@parcours/server'
import Table from 'cli-table3'
import type { Command } from 'commander'
import { CliError, type CliIo, parseFormat } from '../cli-io.js'
import { resolveProject, type StoreOptions, withStore } from '../open-store.js'

const FORMATS = ['table', 'json'] as const
type Options = StoreOptions & { format: string }

/** `parcours customer …`: stitched customers, their profiles and timelines, and undoing merges. */
export function registerCustomerCommand(program: Command, io: CliIo): void {
  const customer = program
    .command('customer')
    .description('stitched customers: list, show, timeline, unmerge (see docs/identity.md)')
  const withOptions = (command: Command) =>
    command
      .option('--db <file>', 'database file (default ./.parcours/parcours.duckdb or PARCOURS_DB)')
      .option('--project <id>', 'project (default: the only one, or "default")')
      .option('--format <format>', 'table or json', 'table')

  withOptions(
    customer
      .command('list')
      .description('list the customers, most recently seen first')
      .option('--limit <n>', 'how many', '50')
      .option('--offset <n>', 'how many to skip', '0')
      .option('--identifier <kind:value>', 'only the customer holding this identifier (user:u1, email:lea@example.fr)'),
  ).action((options: Options & { limit: string; offset: string; identifier?: string }) =>
    withStore(io, options, async (store) => {
      const format = parseFormat(options.format, FORMATS)
      const project = await resolveProject(store.documents, options.project)
      const limit = parseCount(options.limit, '--limit', 1)
      const offset = parseCount(options.offset, '--offset', 0)
      const page = await store.identities.customers(project.id, {
        limit,
        offset,
        ...(options.identifier === undefined ? {} : { identifier: options.identifier }),
      })
      const items = page.items.map(customerToWire)
      if (format === 'json') {
        io.stdout(`${JSON.stringify({ total: page.total, limit, offset, items }, null, 2)}\n`)
        return
      }
      const table = new Table({ head: ['customer', 'identifiers', 'events', 'channels', 'first seen', 'last seen'] })
      for (const item of items)
        table.push([
          item.customerId,
          describeIdentifiers(item.identifiers),
          item.events,
          item.channels.join(', '),
          item.firstSeen,
          item.lastSeen,
        ])
      io.stdout(`${table.toString()}\n`)
      const shown = items.length === 0 ? 'none' : `${offset + 1}–${offset + items.length}`
      io.stdout(`${shown} of ${page.total} customers in project "${project.id}"\n`)
    }),
  )

  withOptions(
    customer
      .command('show')
      .description("a customer's profile: identifiers, traits, channels, merges")
      .argument('<id>', 'customer id (cus_…) or one of their identifiers (user:u1, email:lea@example.fr)'),
  ).action((id: string, options: Options) =>
    withStore(io, options, async (store) => {
      const format = parseFormat(options.format, FORMATS)
      const project = await resolveProject(store.documents, options.project)
      const customerId = await resolveCustomer(store.identities, project.id, id)
      const found = await store.identities.customer(project.id, customerId)
      if (!found.ok) throw new CliError(describeIdentityError(found.error))
      const profile = profileToWire(found.value)
      if (format === 'json') {
        io.stdout(`${JSON.stringify(profile, null, 2)}\n`)
        return
      }
      const facts = new Table()
      facts.push(
        { customer: profile.customerId },
        ...Object.entries(profile.identifiers).map(([kind, values]) => ({ [kind]: values.join('\n') })),
        { events: profile.events },
        { channels: profile.channels.join(', ') || '—' },
        { 'first seen': profile.firstSeen },
        { 'last seen': profile.lastSeen },
        { traits: Object.keys(profile.traits).length === 0 ? '—' : JSON.stringify(profile.traits, null, 1) },
      )
      io.stdout(`${facts.toString()}\n`)
      if (profile.merges.length === 0) {
        io.stdout('no merges\n')
        return
      }
      const merges = new Table({ head: ['merge', 'time', 'linked', 'reason', 'event'] })
      for (const merge of profile.merges)
        merges.push([merge.version, merge.timestamp, `${merge.left}\n${merge.right}`, merge.reason, merge.messageId])
      io.stdout(`${merges.toString()}\n`)
      io.stdout(`undo one with: parcours customer unmerge ${profile.customerId} --merge <merge>\n`)
    }),
  )

  withOptions(
    customer
      .command('timeline')
      .description('every event of a customer across identifiers and channels, in time order')
      .argument('<id>', 'customer id (cus_…) or one of their identifiers'),
  ).action((id: string, options: Options) =>
    withStore(io, options, async (store) => {
      const format = parseFormat(options.format, FORMATS)
      const project = await resolveProject(store.documents, options.project)
      const customerId = await resolveCustomer(store.identities, project.id, id)
      const found = await store.identities.timeline(project.id, customerId)
      if (!found.ok) throw new CliError(describeIdentityError(found.error))
      const events = found.value.map(eventToWire)
      if (format === 'json') {
        io.stdout(`${JSON.stringify({ customerId, events }, null, 2)}\n`)
        return
      }
      const table = new Table({ head: ['time', 'channel', 'type', 'event', 'identity', 'messageId'] })
      for (const event of events)
        table.push([
          event.timestamp,
          event.channel ?? '—',
          event.type,
          event.name,
          event.userId === null ? `anonymous:${event.anonymousId ?? ''}` : `user:${event.userId}`,
          event.messageId,
        ])
      io.stdout(`${table.toString()}\n`)
    }),
  )

  withOptions(
    customer
      .command('unmerge')
      .description('undo a merge of the customer (default: the latest recorded); its two identifiers stay apart')
      .argument('<id>', 'customer id (cus_…) or one of their identifiers')
      .option('--merge <version>', 'the merge to undo (see `parcours customer show`)'),
  ).action((id: string, options: Options & { merge?: string }) =>
    withStore(io, options, async (store) => {
      const format = parseFormat(options.format, FORMATS)
      const project = await resolveProject(store.documents, options.project)
      const customerId = await resolveCustomer(store.identities, project.id, id)
      const version = options.merge === undefined ? undefined : parseCount(options.merge, '--merge', 1)
      const undone = await store.identities.unmerge(project.id, customerId, version)
      if (!undone.ok) throw new CliError(describeIdentityError(undone.error))
      const outcome = unmergeToWire(undone.value)
      if (format === 'json') {
        io.stdout(`${JSON.stringify(outcome, null, 2)}\n`)
        return
      }
      const { merge } = outcome.unmerge
      io.stdout(
        `undid merge ${merge.version} (${merge.left} + ${merge.right}, ${merge.reason}, event ${merge.messageId}) as unmerge ${outcome.unmerge.version}\n`,
      )
      if (outcome.customerIds.length > 1)
        io.stdout(`now ${outcome.customerIds.length} customers: ${outcome.customerIds.join(', ')}\n`)
      else
        io.stdout(
          `still one customer (${outcome.customerIds.join(', ')}): another link joins them; see parcours customer show ${outcome.customerIds[0] ?? customerId}\n`,
        )
    }),
  )
}

/** A customer id as given, or the customer of an identifier (`kind:value`). */
async function resolveCustomer(identities: IdentityStore, projectId: string, id: string): Promise<string> {
  if (id.startsWith('cus_') || !id.includes(':')) return id
  const [found] = (await identities.customers(projectId, { identifier: id, limit: 1 })).items
  if (found === undefined) throw new CliError(`no customer holds the identifier "${id}"`)
  return found.customerId
}

function parseCount(text: string, flag: string, min: number): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < min)
    throw new CliError(`${flag} must be a whole number ≥ ${min}, not "${text}"`, 2)
  return value
}

/** `user: u1 · email: lea@example.fr · anonymous: 3`: a short line for a table cell. */
function describeIdentifiers(identifiers: Record<string, string[]>): string {
  return Object.entries(identifiers)
    .map(([kind, values]) => `${kind}: ${values.length > 2 ? String(values.length) : values.join(', ')}`)
    .join(' · ')
}

/** The one-line message of each identity error code. */
export function describeIdentityError(error: IdentityError): string {
  switch (error.code) {
    case 'customer-not-found':
      return `no customer "${error.customerId}" (list them with: parcours customer list)`
    case 'merge-not-found':
      return `customer "${error.customerId}" has no merge ${error.mergeVersion} (see: parcours customer show ${error.customerId})`
    case 'nothing-to-unmerge':
      return `customer "${error.customerId}" has no merge to undo`
    default:
      return assertNever(error)
  }
}
