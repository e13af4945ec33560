import { assertNever, type DocumentStoreError } from '@parcours/core'

/** The one-line message for each store error code. */
export function describeStoreError(error: DocumentStoreError): string {
  switch (error.code) {
    case 'not-found':
      return error.version === undefined
        ? `no ${error.kind} "${error.id}"`
        : `no version ${error.version} of ${error.kind} "${error.id}"`
    case 'already-exists':
      return `a ${error.kind} with id "${error.id}" already exists (choose another with --id)`
    case 'not-empty':
      return `${error.kind} "${error.id}" still holds personas or maps`
    case 'conflict':
      return `${error.kind} "${error.id}" changed meanwhile (now version ${error.currentVersion}): try again`
    default:
      return assertNever(error)
  }
}
