/**
 * Vitest globalSetup for the e2e suite: (re)builds the fixture pages into test/fixtures/dist
 * when they are missing or older than their sources. Set HEARD_FIXTURES_REBUILD=1 to force.
 * The extension itself is NOT built here — run `npm run build:e2e` (launchBrowser() explains if missing).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures');
const DIST = path.join(FIXTURES, 'dist');
const STAMP = path.join(DIST, '.built');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (full === DIST) continue;
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export default async function setup(): Promise<void> {
  const stale =
    process.env.HEARD_FIXTURES_REBUILD === '1' ||
    !existsSync(STAMP) ||
    statSync(STAMP).mtimeMs < newestMtime(FIXTURES);
  if (!stale) return;
  const started = Date.now();
  await build({ configFile: path.join(FIXTURES, 'vite.config.ts'), logLevel: 'warn' });
  console.log(`[e2e] fixture pages built in ${Date.now() - started} ms`);
}
