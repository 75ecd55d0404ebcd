/**
 * Checks the store packages that `npm run zip` wrote to .output/ (it builds nothing itself):
 *
 *   heard-<version>-chrome.zip    Chrome Web Store
 *   heard-<version>-firefox.zip   addons.mozilla.org
 *   heard-<version>-sources.zip   the sources AMO reviewers rebuild the Firefox package from
 *
 * Extension packages: manifest_version 3, version = package.json, name/description resolved through _locales,
 * permissions exactly storage + scripting, host permissions = the default sites (src/settings/sites.ts),
 * optional host permissions for sites the user adds, no localhost / 127.0.0.1 anywhere (that is the e2e
 * build), no remote code (remote <script>/<link>, import()/importScripts() of URLs, eval / new Function in
 * our own code), icons 16/32/48/128 present, referenced and of the right size, the default CSP, no source
 * maps, every file the manifest names present; per browser, Firefox's gecko settings and background scripts,
 * and none of them in Chrome's manifest.
 * Sources package: what a rebuild needs (README with the build steps included), and no tests, build output,
 * node_modules, corpus data, dotfiles or source maps.
 *
 * Usage: npm run zip && npm run check:packages        Exit code 1 when any check fails.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { DEFAULT_MATCHES } from '../src/settings/sites';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = path.join(ROOT, '.output');
const PERMISSIONS = ['storage', 'scripting'];
/** Sites the user switches on later are asked for one at a time from these (wxt.config.ts). */
const OPTIONAL_HOST_PERMISSIONS = ['https://*/*', 'http://*/*'];
const ICON_SIZES = ['16', '32', '48', '128'];
const GECKO_ID = 'heard@heard.app';

/* ------------------------------------------------------------------------------------------------ */
/* Zip reading: the central directory, stored and deflated entries, CRC-32 verified                  */
/* ------------------------------------------------------------------------------------------------ */

interface ZipEntry {
  name: string;
  data: Buffer;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function readZip(zip: Buffer): ZipEntry[] {
  // End of central directory: 22 bytes plus a comment of up to 65535 bytes, at the very end.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry #${n}`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue; // a directory entry
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressedSize);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = inflateRawSync(raw);
    else throw new Error(`${name}: unsupported compression method ${method}`);
    if (data.length !== size) throw new Error(`${name}: size ${data.length} instead of ${size}`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    entries.push({ name, data });
  }
  return entries;
}

/* ------------------------------------------------------------------------------------------------ */
/* Reporting                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

let failures = 0;

function pass(message: string): void {
  console.log(`  ✔ ${message}`);
}

function fail(message: string): void {
  failures++;
  console.log(`  ✘ ${message}`);
}

function note(message: string): void {
  console.log(`  ! ${message}`);
}

function check(ok: boolean, message: string, detail?: string): void {
  if (ok) pass(message);
  else fail(detail ? `${message} — ${detail}` : message);
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && new Set(a).size === a.length && b.every((x) => a.includes(x));

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

/* ------------------------------------------------------------------------------------------------ */
/* Extension packages                                                                                */
/* ------------------------------------------------------------------------------------------------ */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: Json | undefined): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const TEXT_FILE = /\.(?:js|mjs|html|css|json|txt|svg)$/i;

/** Patterns that would load or run code that is not in the package. */
const REMOTE_CODE: { what: string; re: RegExp; files: RegExp }[] = [
  { what: 'remote <script src>', re: /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i, files: /\.html$/i },
  { what: 'remote stylesheet', re: /<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//i, files: /\.html$/i },
  { what: 'import() of a URL', re: /\bimport\s*\(\s*["'`](?:https?:)?\/\//, files: /\.m?js$/i },
  { what: 'importScripts() of a URL', re: /\bimportScripts\s*\(\s*["'`](?:https?:)?\/\//, files: /\.m?js$/i },
];

/** Run-time code generation: allowed in no code of ours; reported (not failed) when it comes from a dependency. */
const CODE_GENERATION: { what: string; re: RegExp }[] = [
  { what: 'eval(', re: /(?<![\w$.])eval\s*\(/ },
  { what: 'new Function(', re: /\bnew\s+Function\s*\(/ },
];

function pngSize(data: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (data.length < 24 || !data.subarray(0, 8).equals(signature) || data.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function context(text: string, index: number): string {
  return text.slice(Math.max(0, index - 50), index + 60).replace(/\s+/g, ' ');
}

function checkExtension(
  browserName: 'chrome' | 'firefox',
  entries: ZipEntry[],
  version: string,
  ownSources: ZipEntry[] | undefined,
): void {
  const files = new Map(entries.map((e) => [e.name, e.data]));
  const manifestData = files.get('manifest.json');
  if (!manifestData) {
    fail('manifest.json is missing');
    return;
  }
  const manifestText = manifestData.toString('utf8');
  const parsed = JSON.parse(manifestText) as Json;
  if (!isObject(parsed)) {
    fail('manifest.json is not an object');
    return;
  }
  const manifest = parsed;

  check(manifest.manifest_version === 3, 'manifest_version is 3', `found ${JSON.stringify(manifest.manifest_version)}`);
  check(manifest.version === version, `version is ${version} (package.json)`, `found ${JSON.stringify(manifest.version)}`);

  // Name and description through _locales.
  const locale = typeof manifest.default_locale === 'string' ? manifest.default_locale : '';
  check(locale === 'en', 'default_locale is "en"', `found ${JSON.stringify(manifest.default_locale)}`);
  const messagesData = files.get(`_locales/${locale || 'en'}/messages.json`);
  check(messagesData !== undefined, `_locales/${locale || 'en'}/messages.json is present`);
  const messages = messagesData ? (JSON.parse(messagesData.toString('utf8')) as Json) : {};
  const lookup = new Map<string, string>();
  if (isObject(messages)) {
    for (const [key, value] of Object.entries(messages)) {
      if (isObject(value) && typeof value.message === 'string') lookup.set(key.toLowerCase(), value.message);
    }
  }
  const resolve = (value: Json | undefined): string | undefined => {
    if (typeof value !== 'string') return undefined;
    const match = /^__MSG_(\w+)__$/.exec(value);
    return match?.[1] ? lookup.get(match[1].toLowerCase()) : value;
  };
  const unresolved = [...manifestText.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '').filter((key) => !lookup.has(key.toLowerCase()));
  check(unresolved.length === 0, 'every __MSG_…__ in the manifest resolves', `missing: ${unresolved.join(', ')}`);
  const name = resolve(manifest.name);
  const description = resolve(manifest.description);
  check(name !== undefined && name.length > 0 && name.length <= 75, `name resolves to "${name ?? ''}"`);
  check(
    description !== undefined && description.length > 0 && description.length <= 132,
    `description resolves (${description?.length ?? 0}/132 characters): "${description ?? ''}"`,
  );

  // Permissions.
  const permissions = strings(manifest.permissions);
  check(sameSet(permissions, PERMISSIONS), `permissions are exactly ${JSON.stringify(PERMISSIONS)}`, `found ${JSON.stringify(manifest.permissions)}`);
  const hosts = strings(manifest.host_permissions);
  const missingHosts = DEFAULT_MATCHES.filter((m) => !hosts.includes(m));
  const extraHosts = hosts.filter((h) => !DEFAULT_MATCHES.includes(h));
  check(
    sameSet(hosts, DEFAULT_MATCHES),
    `host_permissions are the ${DEFAULT_MATCHES.length} default-site patterns (src/settings/sites.ts)`,
    `missing ${JSON.stringify(missingHosts)}, extra ${JSON.stringify(extraHosts)}`,
  );
  check(
    sameSet(strings(manifest.optional_host_permissions), OPTIONAL_HOST_PERMISSIONS),
    `optional_host_permissions are ${JSON.stringify(OPTIONAL_HOST_PERMISSIONS)}`,
    `found ${JSON.stringify(manifest.optional_host_permissions)}`,
  );
  check(manifest.optional_permissions === undefined, 'no optional API permissions', `found ${JSON.stringify(manifest.optional_permissions)}`);
  const scripts = Array.isArray(manifest.content_scripts) ? manifest.content_scripts.filter(isObject) : [];
  const scriptMatches = scripts.flatMap((s) => strings(s.matches));
  check(
    scripts.length > 0 && scriptMatches.every((m) => DEFAULT_MATCHES.includes(m)) && DEFAULT_MATCHES.every((m) => scriptMatches.includes(m)),
    'content scripts match exactly the default sites',
    `found ${JSON.stringify(scriptMatches)}`,
  );
  check(manifest.content_security_policy === undefined, 'default content security policy (no override)', JSON.stringify(manifest.content_security_policy));
  if (manifest.web_accessible_resources !== undefined) note(`web_accessible_resources: ${JSON.stringify(manifest.web_accessible_resources)}`);
  if (manifest.externally_connectable !== undefined) fail(`externally_connectable is set: ${JSON.stringify(manifest.externally_connectable)}`);
  if (manifest.update_url !== undefined) fail(`update_url is set (the stores update the extension): ${JSON.stringify(manifest.update_url)}`);

  // Icons.
  const checkIcons = (label: string, icons: Json | undefined): void => {
    if (!isObject(icons)) {
      fail(`${label} is missing`);
      return;
    }
    check(sameSet(Object.keys(icons), ICON_SIZES), `${label} has sizes ${ICON_SIZES.join('/')}`, `found ${Object.keys(icons).join('/')}`);
    for (const [size, file] of Object.entries(icons)) {
      const data = typeof file === 'string' ? files.get(file.replace(/^\//, '')) : undefined;
      const png = data ? pngSize(data) : null;
      if (!data) fail(`${label}[${size}] → ${String(file)} is not in the package`);
      else if (!png) fail(`${label}[${size}] → ${String(file)} is not a PNG`);
      else if (png.width !== Number(size) || png.height !== Number(size)) fail(`${label}[${size}] → ${String(file)} is ${png.width}×${png.height}`);
    }
  };
  checkIcons('icons', manifest.icons);
  const action = isObject(manifest.action) ? manifest.action : undefined;
  checkIcons('action.default_icon', action?.default_icon);
  const iconFiles = ICON_SIZES.map((s) => `icon/${s}.png`);
  check(iconFiles.every((f) => files.has(f)), `${iconFiles.join(', ')} are in the package`);

  // Every file the manifest names.
  const named: string[] = [];
  const background = isObject(manifest.background) ? manifest.background : {};
  if (typeof background.service_worker === 'string') named.push(background.service_worker);
  named.push(...strings(background.scripts));
  if (typeof action?.default_popup === 'string') named.push(action.default_popup);
  const optionsUi = isObject(manifest.options_ui) ? manifest.options_ui : {};
  if (typeof optionsUi.page === 'string') named.push(optionsUi.page);
  if (typeof manifest.options_page === 'string') named.push(manifest.options_page);
  for (const script of scripts) named.push(...strings(script.js), ...strings(script.css));
  const absent = named.filter((f) => !files.has(f.replace(/^\//, '')));
  check(named.length > 0 && absent.length === 0, `the ${named.length} files the manifest names are in the package`, `missing: ${absent.join(', ')}`);
  check(files.has('welcome.html'), 'welcome.html (first-run page) is in the package');

  // Per browser.
  const gecko = isObject(manifest.browser_specific_settings) && isObject(manifest.browser_specific_settings.gecko)
    ? manifest.browser_specific_settings.gecko
    : undefined;
  if (browserName === 'chrome') {
    check(typeof background.service_worker === 'string' && background.scripts === undefined, 'background is a service worker');
    check(manifest.browser_specific_settings === undefined, 'no Firefox-only keys (browser_specific_settings)');
  } else {
    check(strings(background.scripts).length > 0 && background.service_worker === undefined, 'background is an event page (background.scripts)');
    check(gecko?.id === GECKO_ID, `gecko.id is ${GECKO_ID}`, `found ${JSON.stringify(gecko?.id)}`);
    check(
      typeof gecko?.strict_min_version === 'string' && /^\d+\.\d+$/.test(gecko.strict_min_version),
      `gecko.strict_min_version is set (${String(gecko?.strict_min_version)})`,
    );
    const dataCollection = isObject(gecko?.data_collection_permissions) ? gecko.data_collection_permissions : undefined;
    check(
      sameSet(strings(dataCollection?.required), ['none']) && dataCollection?.optional === undefined,
      'gecko.data_collection_permissions declares no data collection',
      JSON.stringify(gecko?.data_collection_permissions),
    );
  }

  // Files.
  const maps = entries.filter((e) => e.name.endsWith('.map')).map((e) => e.name);
  check(maps.length === 0, 'no source maps', maps.join(', '));
  const junk = entries.filter((e) => /(^|\/)(\.|__MACOSX|Thumbs\.db)/.test(e.name)).map((e) => e.name);
  check(junk.length === 0, 'no hidden or system files', junk.join(', '));

  const local: string[] = [];
  const remote: string[] = [];
  const generated: { file: string; what: string; snippet: string }[] = [];
  const mappingUrls: string[] = [];
  for (const entry of entries) {
    if (!TEXT_FILE.test(entry.name)) continue;
    const text = entry.data.toString('utf8');
    for (const needle of ['localhost', '127.0.0.1']) {
      const index = text.indexOf(needle);
      if (index >= 0) local.push(`${entry.name}: …${context(text, index)}…`);
    }
    for (const pattern of REMOTE_CODE) {
      if (!pattern.files.test(entry.name)) continue;
      const match = pattern.re.exec(text);
      if (match) remote.push(`${entry.name}: ${pattern.what}: …${context(text, match.index)}…`);
    }
    if (/\.m?js$/i.test(entry.name)) {
      for (const pattern of CODE_GENERATION) {
        const match = pattern.re.exec(text);
        if (match) generated.push({ file: entry.name, what: pattern.what, snippet: context(text, match.index) });
      }
      if (/\/\/[#@]\s*sourceMappingURL=/.test(text)) mappingUrls.push(entry.name);
    }
  }
  check(local.length === 0, 'no localhost / 127.0.0.1 anywhere (that is the e2e build)', `\n      ${local.join('\n      ')}`);
  check(remote.length === 0, 'no remote code (remote <script>/<link>, import() or importScripts() of URLs)', `\n      ${remote.join('\n      ')}`);
  check(mappingUrls.length === 0, 'no sourceMappingURL comments', mappingUrls.join(', '));

  // eval / new Function: fail when our own sources contain it; only report it when it comes from a dependency.
  const ownHits = (ownSources ?? [])
    .filter((e) => /^(src|entrypoints)\/.*\.(ts|tsx|js|mjs)$/.test(e.name))
    .flatMap((e) => CODE_GENERATION.filter((p) => p.re.test(e.data.toString('utf8'))).map((p) => `${e.name}: ${p.what}`));
  if (generated.length === 0) pass('no eval( / new Function( in any bundle');
  else if (ownSources === undefined) fail(`code generation in bundles, and no sources package to tell whose: ${generated.map((g) => `${g.file}: ${g.what}`).join(', ')}`);
  else if (ownHits.length > 0) fail(`code generation in our own sources: ${ownHits.join(', ')}`);
  else {
    for (const g of generated) note(`${g.file}: ${g.what} from a bundled dependency (not in src/ or entrypoints/): …${g.snippet}…`);
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* Sources package                                                                                   */
/* ------------------------------------------------------------------------------------------------ */

function checkSources(entries: ZipEntry[], version: string): void {
  const names = entries.map((e) => e.name);
  const has = (name: string): boolean => names.includes(name);
  for (const required of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'LICENSE']) {
    check(has(required), `${required} is included`);
  }
  for (const dir of ['entrypoints/', 'src/', 'public/']) {
    check(names.some((n) => n.startsWith(dir)), `${dir} is included`);
  }
  check(has('public/_locales/en/messages.json') && ICON_SIZES.every((s) => has(`public/icon/${s}.png`)), 'locales and icons are included');
  const pkg = entries.find((e) => e.name === 'package.json');
  const pkgJson = pkg ? (JSON.parse(pkg.data.toString('utf8')) as Json) : null;
  check(isObject(pkgJson) && pkgJson.version === version, `package.json version is ${version}`);
  const scripts = isObject(pkgJson) && isObject(pkgJson.scripts) ? pkgJson.scripts : {};
  check(typeof scripts['build:firefox'] === 'string', 'package.json has the build:firefox script');
  const readme = entries.find((e) => e.name === 'README.md')?.data.toString('utf8') ?? '';
  check(
    /^#+\s*Install from source/im.test(readme) && readme.includes('npm ci') && readme.includes('npm run build:firefox'),
    'README.md explains the rebuild (Install from source: npm ci, npm run build:firefox)',
  );
  const forbidden = names.filter(
    (n) =>
      /^(test|tests|node_modules|\.output|\.wxt|docs|scripts)\//.test(n) ||
      /(^|\/)\./.test(n) ||
      /(^|\/)(corpus|shared)\//.test(n) ||
      /\.(map|zip|jsonl|log)$/.test(n) ||
      /\.(test|spec)\.[cm]?[jt]sx?$/.test(n),
  );
  check(forbidden.length === 0, 'no tests, build output, node_modules, corpus data, dotfiles or source maps', forbidden.join(', '));
}

/* ------------------------------------------------------------------------------------------------ */

function main(): number {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const base = `${pkg.name}-${pkg.version}`;
  const zips = {
    chrome: path.join(OUTPUT, `${base}-chrome.zip`),
    firefox: path.join(OUTPUT, `${base}-firefox.zip`),
    sources: path.join(OUTPUT, `${base}-sources.zip`),
  };

  const load = (label: string, file: string): ZipEntry[] | undefined => {
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      console.log(`\n${path.relative(ROOT, file)}`);
      fail(`missing — run \`npm run zip\` first`);
      return undefined;
    }
    try {
      const entries = readZip(readFileSync(file));
      const unpacked = entries.reduce((sum, e) => sum + e.data.length, 0);
      console.log(`\n${path.relative(ROOT, file)} (${label}): ${kb(size)}, ${entries.length} files, ${kb(unpacked)} unpacked`);
      return entries;
    } catch (error) {
      console.log(`\n${path.relative(ROOT, file)}`);
      fail(`unreadable: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };

  const sources = load('Firefox sources', zips.sources);
  const chrome = load('Chrome Web Store', zips.chrome);
  if (chrome) checkExtension('chrome', chrome, pkg.version, sources);
  const firefox = load('addons.mozilla.org', zips.firefox);
  if (firefox) checkExtension('firefox', firefox, pkg.version, sources);
  if (sources) {
    console.log(`\n${path.relative(ROOT, zips.sources)}: contents`);
    checkSources(sources, pkg.version);
  }

  console.log(failures === 0 ? '\nAll package checks passed.' : `\n${failures} package check(s) failed.`);
  return failures === 0 ? 0 : 1;
}

process.exitCode = main();
