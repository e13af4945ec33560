import { z } from 'zod'
import { JourneyMapShape } from './journey-map/journey-map.schema.js'
import { PersonaSchema } from './persona/persona.schema.js'

/**
 * The open document formats as JSON Schema (draft 2020-12), generated from the zod schemas so they
 * never drift: `docs/schema/*.schema.json` are these, written by `npm run schema`. The integrity
 * rules (unique ids, references that resolve) are described in the map schema's description but
 * checked only by `parseJourneyMap`.
 */
export function documentJsonSchemas(): Record<string, object> {
  return {
    'journey-map.schema.json': {
      ...z.toJSONSchema(JourneyMapShape),
      $id: 'https://parcours.dev/schema/journey-map.schema.json',
      title: 'Parcours journey map',
      description:
        'A customer-journey map. Besides this shape, ids are unique across the map, every reference (stage, step, lane, persona, touchpoint) resolves, and emotion values lie inside their lane scale.',
    },
    'persona.schema.json': {
      ...z.toJSONSchema(PersonaSchema),
      $id: 'https://parcours.dev/schema/persona.schema.json',
      title: 'Parcours persona',
    },
  }
}
