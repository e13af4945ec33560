import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'core', root: 'packages/core', include: ['src/**/*.test.ts'] },
      },
      {
        test: { name: 'ingest', root: 'packages/ingest', include: ['src/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        test: { name: 'storage-duckdb', root: 'packages/storage-duckdb', include: ['src/**/*.test.ts'] },
      },
      {
        test: {
          name: 'storage-clickhouse',
          root: 'packages/storage-clickhouse',
          include: ['src/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: { name: 'server', root: 'packages/server', include: ['src/**/*.test.ts'] },
      },
      {
        test: { name: 'cli', root: 'packages/cli', include: ['src/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        test: { name: 'repo', root: '.', include: ['tests/**/*.test.ts'], testTimeout: 120_000 },
      },
    ],
  },
})
