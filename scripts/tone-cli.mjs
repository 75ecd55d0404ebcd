// `npm run tone`: starts scripts/tone.ts from a V8 startup snapshot, so that a start costs a process launch
// rather than transpiling the sources and building compromise's lexicon every time (evaluations call the
// command line as a whole process, once per batch). The sources are bundled into one CommonJS file and the
// snapshot is taken from it; both are rebuilt whenever a source is newer. A snapshot only loads in the Node
// binary and under the flags that took it, so its name carries the Node version and NODE_OPTIONS; where one cannot
// be taken, the bundle runs as is.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import process from 'node:process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, '.output/cli/tone.cjs');
// V8 loads a snapshot only under the flags it was taken with, NODE_OPTIONS included (`--expose-gc` for the bench),
// so those are part of its name too.
const options = process.env.NODE_OPTIONS?.trim() ?? '';
const optionsTag = options ? `-${createHash('sha256').update(options).digest('hex').slice(0, 8)}` : '';
const snapshot = join(root, `.output/cli/tone-${process.version}-${process.arch}${optionsTag}.blob`);
const SOURCES = ['src/engine', 'scripts/tone.ts', 'scripts/lib', 'package-lock.json'];

/** The latest modification time under a path. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const isStale = (file, sourcesTime) => !existsSync(file) || statSync(file).mtimeMs < sourcesTime;

// Files are written beside their final name and renamed into place, so two starts at once never read half a file.
const partialName = (file) => `${file}.${process.pid}.tmp`;

async function buildBundle() {
  const { build } = await import('esbuild');
  const partial = partialName(bundle);
  await build({
    entryPoints: [join(root, 'scripts/tone.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    outfile: partial,
    logLevel: 'error',
  });
  renameSync(partial, bundle);
}

/** Takes the snapshot; false where this Node cannot (the bundle then runs without one). */
function buildSnapshot() {
  const partial = partialName(snapshot);
  const result = spawnSync(process.execPath, ['--snapshot-blob', partial, '--build-snapshot', bundle], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    rmSync(partial, { force: true });
    // Node warns about modules it has not verified in snapshots; the reason worth showing is the error after them.
    const reason = result.stderr.split('\n').find((line) => /\S/.test(line) && !/Warning:|--trace-warnings/.test(line));
    process.stderr.write(`tone: running without a startup snapshot (${reason?.trim() ?? `exit ${result.status}`})\n`);
    return false;
  }
  renameSync(partial, snapshot);
  return true;
}

const sourcesTime = Math.max(...SOURCES.map((p) => newest(join(root, p))));
if (isStale(bundle, sourcesTime)) await buildBundle();
const hasSnapshot = !isStale(snapshot, sourcesTime) || buildSnapshot();

const args = process.argv.slice(2);
// After '--', Node leaves the arguments to the program instead of reading them as its own options.
const child = spawnSync(process.execPath, hasSnapshot ? ['--snapshot-blob', snapshot, '--', ...args] : [bundle, ...args], {
  stdio: 'inherit',
});
if (child.error) throw child.error;
process.exitCode = child.status ?? 1;
