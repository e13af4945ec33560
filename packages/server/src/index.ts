export { type AppOptions, createApp } from './create-app.js'
export { type Problem, ProblemError } from './problem.js'
export { customerToWire, eventToWire, mergeToWire, profileToWire, unmergeToWire } from './routes/customer-wire.js'
export {
  DEFAULT_WEB_ROOT,
  type RunningServer,
  SERVER_VERSION,
  type ServerOptions,
  startServer,
} from './start-server.js'
