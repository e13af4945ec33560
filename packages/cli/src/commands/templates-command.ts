import { TEMPLATES } from '@parcours/core'
import Table from 'cli-table3'
import type { Command } from 'commander'
import { type CliIo, parseFormat } from '../cli-io.js'

/** `parcours templates [--format table|json]`: the template gallery. */
export function registerTemplatesCommand(program: Command, io: CliIo): void {
  program
    .command('templates')
    .description('list the journey-map templates (French and English)')
    .option('--format <format>', 'table or json', 'table')
    .action((options: { format: string }) => {
      const format = parseFormat(options.format, ['table', 'json'] as const)
      const items = TEMPLATES.map(({ id, category, title, description, source }) => ({
        id,
        category,
        title,
        description,
        source,
      }))
      if (format === 'json') {
        io.stdout(`${JSON.stringify(items, null, 2)}\n`)
        return
      }
      const table = new Table({ head: ['id', 'category', 'titre (fr)', 'title (en)'] })
      for (const item of items) table.push([item.id, item.category, item.title.fr, item.title.en])
      io.stdout(`${table.toString()}\n`)
    })
}
