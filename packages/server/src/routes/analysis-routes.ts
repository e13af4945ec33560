import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import {
  AnalysisRequest,
  type DocumentStore,
  type JourneyLogSource,
  propertiesOfRequest,
  runAnalysis,
} from '@parcours/core'
import { storeProblem } from '../problem.js'
import { problemResponse } from './document-routes.js'

const AnalysisAnswer = z
  .object({
    analysis: z.string().openapi({ example: 'variants' }),
    result: z.record(z.string(), z.unknown()).openapi({
      description:
        'The analysis result, with the fields documented in docs/cli-json.md (the same JSON as `parcours analyze <analysis> --format json`).',
    }),
  })
  .openapi('AnalysisAnswer')

/** Analyses: one route runs any analysis request on the project's journey log (the fast index). */
export function registerAnalysisRoutes(app: OpenAPIHono, journeys: JourneyLogSource, documents: DocumentStore): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/projects/{projectId}/analyses',
      tags: ['analytics'],
      summary: 'Run an analysis (variants, paths, process map, performance…) on the project’s journeys',
      request: {
        params: z.object({ projectId: z.string() }),
        body: { content: { 'application/json': { schema: AnalysisRequest } }, required: true },
      },
      responses: {
        200: { description: 'The analysis answer', content: { 'application/json': { schema: AnalysisAnswer } } },
        400: problemResponse('Invalid analysis request'),
        404: problemResponse('No such project'),
      },
    }),
    async (c) => {
      const { projectId } = c.req.valid('param')
      const request = c.req.valid('json')
      const project = await documents.get({ kind: 'project', projectId, id: projectId })
      if (!project.ok) throw storeProblem(project.error)
      const log = await journeys.journeyLog(projectId, {
        ...(request.caseProperty === undefined ? {} : { caseProperty: request.caseProperty }),
        properties: propertiesOfRequest(request),
      })
      const answer = runAnalysis(log, request)
      return c.json({ analysis: answer.analysis, result: answer.result as unknown as Record<string, unknown> }, 200)
    },
  )
}
