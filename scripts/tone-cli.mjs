// `npm run tone`: runs scripts/tone.ts from one bundled file, so that a start costs tens of milliseconds
// rather than transpiling the sources every time (evaluations call the command line as a whole process, once
// per batch). The bundle is rebuilt whenever a source it is made from is newer than it.
import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import process from 'node:process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, '.output/cli/tone.mjs');
const SOURCES = ['src/engine', 'scripts/tone.ts', 'scripts/lib', 'package-lock.json'];

/** The latest modification time under a path. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(...SOURCES.map((p) => newest(join(root, p))))) {
  const { build } = await import('esbuild');
  // Written beside the bundle and renamed into place, so two starts at once never read half a file.
  const partial = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(root, 'scripts/tone.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    outfile: partial,
    logLevel: 'error',
    // compromise and sentiment are CommonJS and call require(); an ES module bundle needs one to hand.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  renameSync(partial, bundle);
}
await import(pathToFileURL(bundle).href);
