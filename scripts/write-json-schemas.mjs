// Writes docs/schema/*.schema.json from the zod schemas in @parcours/core (run `npm run schema` after a build).
import { writeFileSync } from 'node:fs'
import { documentJsonSchemas } from '@parcours/core'

for (const [name, schema] of Object.entries(documentJsonSchemas())) {
  writeFileSync(new URL(`../docs/schema/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`)
  console.log(`wrote docs/schema/${name}`)
}
