import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import {
  type AnalysisContext,
  type AnalysisProblem,
  AnalysisRequest,
  type DocumentStore,
  describeCostCsvError,
  type ParcoursStore,
} from '@parcours/core'
import type { AnalysisRunner } from '../analysis-threads/analysis-threads.js'
import { type ProblemError, problem, storeProblem } from '../problem.js'
import { runProjectAnalysis } from '../run-project-analysis.js'
import { problemResponse } from './document-routes.js'

const AnalysisAnswer = z
  .object({
    analysis: z.string().openapi({ example: 'variants' }),
    result: z.record(z.string(), z.unknown()).openapi({
      description:
        'The analysis result, with the fields documented in docs/cli-json.md (the same JSON as `parcours analyze <analysis> --format json`).',
    }),
    computedBy: z.string().openapi({
      description:
        'Where the answer was computed: `clickhouse` inside ClickHouse (PARCOURS_EVENTS; variants, process maps and funnels it can compute exactly), else `embedded` on the journey log in the Parcours process. The result is the same either way.',
      example: 'embedded',
    }),
  })
  .openapi('AnalysisAnswer')

/** Analyses: one route runs any analysis request, inside the events engine when it can, else on the project's journey log. */
export function registerAnalysisRoutes(
  app: OpenAPIHono,
  store: Pick<ParcoursStore, 'journeys' | 'engineAnalyses'>,
  documents: DocumentStore,
  analyses: AnalysisRunner,
): void {
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
        400: problemResponse('Invalid analysis request, or invalid cost data (each line and field listed)'),
        404: problemResponse('No such project, or no such map'),
        422: problemResponse('The map cannot be compiled into a process model (no bound touchpoints…)'),
      },
    }),
    async (c) => {
      const { projectId } = c.req.valid('param')
      const request = c.req.valid('json')
      const project = await documents.get({ kind: 'project', projectId, id: projectId })
      if (!project.ok) throw storeProblem(project.error)
      const mapId = 'mapId' in request ? request.mapId : undefined
      let context: AnalysisContext = {}
      if (mapId !== undefined) {
        const map = await documents.get({ kind: 'map', projectId, id: mapId })
        if (!map.ok) throw storeProblem(map.error)
        context = { map: map.value.body }
      }
      const outcome = await runProjectAnalysis(store, analyses, projectId, request, context)
      if (!outcome.ok) throw analysisProblem(outcome.error)
      const { answer, computedBy } = outcome.value
      return c.json(
        { analysis: answer.analysis, result: answer.result as unknown as Record<string, unknown>, computedBy },
        200,
      )
    },
  )
}

/** Analysis problems as HTTP problems. */
function analysisProblem(error: AnalysisProblem): ProblemError {
  switch (error.code) {
    case 'invalid-costs':
      return problem(400, error.code, error.message, {
        errors: error.errors.map((e) => ({ path: 'costs', message: describeCostCsvError(e) })),
      })
    case 'map-not-compilable':
      return problem(422, error.code, error.message)
    case 'map-required':
      return problem(400, error.code, error.message)
  }
}
