import { readFileSync } from 'node:fs'
import { documentJsonSchemas } from '@parcours/core'
import { describe, expect, it } from 'vitest'

describe('the published JSON Schemas in docs/schema', () => {
  for (const [name, schema] of Object.entries(documentJsonSchemas())) {
    it(`${name} matches the zod schemas (run "npm run schema" when this fails)`, () => {
      const committed = JSON.parse(readFileSync(new URL(`../docs/schema/${name}`, import.meta.url), 'utf8'))
      expect(committed).toEqual(schema)
    })
  }
})
