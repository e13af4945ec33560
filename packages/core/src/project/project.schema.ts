import { z } from 'zod'
import { DocumentId } from '../shared/ids.js'

/** One brand or product: its personas, maps, events and rules (DESIGN §2). */
export const ProjectSchema = z.object({
  id: DocumentId,
  name: z.string().min(1).max(200),
  description: z.string().optional(),
  /** The default language of new maps and personas in this project. */
  locale: z.string().min(2),
})
export type Project = z.infer<typeof ProjectSchema>
