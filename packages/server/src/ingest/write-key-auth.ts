import type { WriteKeyStore } from '@parcours/core'
import type { MiddlewareHandler } from 'hono'
import { problem } from '../problem.js'

/**
 * The credential of an `Authorization` header: the user of Basic auth (how Segment and RudderStack
 * clients send their write key, with an empty password), or a Bearer token.
 */
export function credentialOf(authorization: string | undefined): string | undefined {
  const match = /^\s*(basic|bearer)\s+(\S+)\s*$/i.exec(authorization ?? '')
  if (match?.[1] === undefined || match[2] === undefined) return undefined
  if (match[1].toLowerCase() === 'bearer') return match[2]
  const user = Buffer.from(match[2], 'base64').toString('utf8').split(':')[0]
  return user === '' ? undefined : user
}

/** Answers 403 to any request that authenticates with a write key: a write key can only send events. */
export function forbidWriteKeys(writeKeys: WriteKeyStore): MiddlewareHandler {
  return async (c, next) => {
    const credential = credentialOf(c.req.header('authorization'))
    if (credential !== undefined && (await writeKeys.resolve(credential)) !== undefined) {
      throw problem(
        403,
        'write-key-cannot-read',
        'a write key can only send events (POST /v1/batch, /v1/track, …); it cannot read or change anything',
      )
    }
    await next()
  }
}
