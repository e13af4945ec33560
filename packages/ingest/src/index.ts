export { type ImportXesFileOptions, importXesFile } from './import-xes-file.js'
export { type ReadXesOptions, readXes } from './read-xes.js'
export type {
  XesAttributes,
  XesClassifier,
  XesEvent,
  XesExtension,
  XesLog,
  XesTrace,
  XesValue,
} from './xes-log.js'
export { type XesLocation, XesReadError } from './xes-read-error.js'
export { type XesEventsOptions, xesEvents } from './xes-to-events.js'
