// A file that breaks core's rules on purpose, so the architecture test proves it can fail.
import { readFileSync } from 'node:fs'
import { Hono } from 'hono'
import { ok } from './local.js'

export const forbidden = [readFileSync, Hono, ok]
