export {
  ANALYSIS_THREADS_VARIABLE,
  type AnalysisRunner,
  type AnalysisThreadsOptions,
  createAnalysisThreads,
  ONE_THREAD,
} from './analysis-threads/analysis-threads.js'
export { type AppOptions, createApp } from './create-app.js'
export {
  EVENTS_VARIABLE,
  type EventsEngine,
  eventsEngine,
  type OpenParcoursStoreOptions,
  openParcoursStore,
} from './open-parcours-store.js'
export { type Problem, ProblemError } from './problem.js'
export { customerToWire, eventToWire, mergeToWire, profileToWire, unmergeToWire } from './routes/customer-wire.js'
export { type ProjectAnalysis, runProjectAnalysis } from './run-project-analysis.js'
export {
  DEFAULT_WEB_ROOT,
  type RunningServer,
  SERVER_VERSION,
  type ServerOptions,
  startServer,
} from './start-server.js'
export { StoreConfigError } from './store-config-error.js'
