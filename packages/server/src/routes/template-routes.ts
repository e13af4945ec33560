import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { findTemplate, TEMPLATE_IDS, TEMPLATES } from '@parcours/core'
import { problem } from '../problem.js'
import { problemResponse } from './document-routes.js'

const Localized = z.object({ fr: z.string(), en: z.string() })
const TemplateSummary = z
  .object({ id: z.string(), category: z.string(), title: Localized, description: Localized, source: z.string() })
  .openapi('TemplateSummary')

/** The templates gallery: list them, and preview one as a complete map with its personas. */
export function registerTemplateRoutes(app: OpenAPIHono): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/templates',
      tags: ['templates'],
      summary: 'List the templates with their French and English titles',
      responses: {
        200: {
          description: 'Templates',
          content: { 'application/json': { schema: z.object({ items: z.array(TemplateSummary) }) } },
        },
      },
    }),
    (c) =>
      c.json(
        {
          items: TEMPLATES.map(({ id, category, title, description, source }) => ({
            id,
            category,
            title,
            description,
            source,
          })),
        },
        200,
      ),
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/templates/{id}',
      tags: ['templates'],
      summary: 'Preview a template: the map and personas it creates',
      request: { params: z.object({ id: z.string() }), query: z.object({ lang: z.enum(['fr', 'en']).default('fr') }) },
      responses: {
        200: {
          description: 'The map and personas',
          content: { 'application/json': { schema: z.object({ map: z.unknown(), personas: z.array(z.unknown()) }) } },
        },
        404: problemResponse('Unknown template'),
      },
    }),
    (c) => {
      const { id } = c.req.valid('param')
      const template = findTemplate(id)
      if (template === undefined)
        throw problem(404, 'unknown-template', `no template "${id}"; valid ids: ${TEMPLATE_IDS.join(', ')}`)
      const { map, personas } = template.build(c.req.valid('query').lang)
      return c.json({ map, personas: [...personas] }, 200)
    },
  )
}
