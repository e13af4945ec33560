/**
 * Why the store named by the configuration (`PARCOURS_EVENTS`, the database path) could not be
 * opened: a malformed setting, a server that cannot be reached, a cluster the servers do not
 * declare. The message names the setting and the part that is wrong, never a password.
 *
 * @example
 * throw new StoreConfigError('PARCOURS_EVENTS: bad port "80a": the port "80a" is not a number from 1 to 65535')
 */
export class StoreConfigError extends Error {
  override readonly name = 'StoreConfigError'
}
