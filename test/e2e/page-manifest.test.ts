/**
 * The production build never reaches localhost: only the e2e build (npm run build:e2e) adds
 * http://localhost/* and http://127.0.0.1/* to the content-script matches and host permissions.
 * Needs `npm run build` (production) first.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness';

const PROD = path.join(REPO_ROOT, '.output/chrome-mv3/manifest.json');
const E2E = path.join(REPO_ROOT, '.output/e2e/chrome-mv3/manifest.json');

describe('manifest', () => {
  it('the production manifest has no localhost anywhere', () => {
    expect(existsSync(PROD), `${PROD} is missing: run \`npm run build\` first`).toBe(true);
    const text = readFileSync(PROD, 'utf8');
    expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
    const manifest = JSON.parse(text) as { content_scripts?: Array<{ matches: string[]; all_frames?: boolean; run_at?: string }> };
    const script = manifest.content_scripts?.[0];
    expect(script?.matches).toContain('https://mail.google.com/*');
    expect(script?.all_frames).toBe(true);
    expect(script?.run_at).toBe('document_idle');
  });

  it('the e2e build adds the fixture hosts', () => {
    expect(existsSync(E2E), `${E2E} is missing: run \`npm run build:e2e\` first`).toBe(true);
    const manifest = JSON.parse(readFileSync(E2E, 'utf8')) as { content_scripts?: Array<{ matches: string[] }>; host_permissions?: string[] };
    expect(manifest.content_scripts?.[0]?.matches).toEqual(expect.arrayContaining(['http://localhost/*', 'http://127.0.0.1/*']));
    expect(manifest.host_permissions).toEqual(expect.arrayContaining(['http://localhost/*', 'http://127.0.0.1/*']));
  });
});
