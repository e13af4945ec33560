import { readFileSync } from 'node:fs'
import { documentJsonSchemas, TEMPLATE_LOCALES, TEMPLATES } from '@parcours/core'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'

describe('the published JSON Schemas in docs/schema', () => {
  for (const [name, schema] of Object.entries(documentJsonSchemas())) {
    it(`${name} matches the zod schemas (run "npm run schema" when this fails)`, () => {
      const committed = JSON.parse(readFileSync(new URL(`../docs/schema/${name}`, import.meta.url), 'utf8'))
      expect(committed).toEqual(schema)
    })
  }
})

describe('the JSON Schemas accept what Parcours writes and refuse what it refuses', () => {
  const schemas = documentJsonSchemas()
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
  const validateMap = ajv.compile(schemas['journey-map.schema.json'] as object)
  const validatePersona = ajv.compile(schemas['persona.schema.json'] as object)

  for (const template of TEMPLATES) {
    it(`accepts the ${template.id} template's map and personas in both languages`, () => {
      for (const locale of TEMPLATE_LOCALES) {
        const { map, personas } = template.build(locale)
        expect(validateMap(map) ? [] : validateMap.errors).toEqual([])
        for (const persona of personas) expect(validatePersona(persona) ? [] : validatePersona.errors).toEqual([])
      }
    })
  }

  it('refuses a map with an unknown map type or a lane of an unknown kind', () => {
    const { map } = TEMPLATES[0]?.build('fr') ?? { map: undefined }
    expect(validateMap({ ...map, type: 'poster' })).toBe(false)
    expect(validateMap({ ...map, lanes: [{ id: 'x', kind: 'hologram', title: 'X' }] })).toBe(false)
  })
})
