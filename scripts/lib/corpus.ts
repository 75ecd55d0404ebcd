/** Reading the tone corpus (/work/shared/corpus/README.md): both row shapes, any file. */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCategory, type Category } from '../../src/engine/types';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** PRODUCT.md §5 measures on `../shared/corpus`, relative to the repo root. */
export const CORPUS_DIR = resolve(REPO_ROOT, '../shared/corpus');

/** A message written for this project: `labels` lists every category a careful reader expects; [] = clean. */
export interface LabelledRow {
  type: 'labelled';
  file: string;
  id: string;
  text: string;
  labels: Category[];
  note: string;
}

/** A row of an external data set: `kind` comes from that source's human labels. */
export interface ExternalRow {
  type: 'external';
  file: string;
  id: string;
  text: string;
  source: string;
  kind: 'clean' | 'harmful';
}

export type CorpusRow = LabelledRow | ExternalRow;

export interface CorpusFile {
  rows: CorpusRow[];
  /** `file:line: reason` for each line that is neither shape; those lines are skipped. */
  problems: string[];
}

export function corpusFiles(dir: string = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(dir, name));
}

export function readCorpusFile(file: string): CorpusFile {
  const rows: CorpusRow[] = [];
  const problems: string[] = [];
  const name = basename(file);
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const where = `${name}:${index + 1}`;
      try {
        rows.push(parseRow(JSON.parse(line), name));
      } catch (error) {
        problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  return { rows, problems };
}

/** Every row of every corpus file, in file order. */
export function readCorpus(files: string[] = corpusFiles()): CorpusFile {
  const all: CorpusFile = { rows: [], problems: [] };
  for (const file of files) {
    const { rows, problems } = readCorpusFile(file);
    all.rows.push(...rows);
    all.problems.push(...problems);
  }
  return all;
}

function parseRow(value: unknown, file: string): CorpusRow {
  if (typeof value !== 'object' || value === null) throw new Error('not a JSON object');
  const row = value as Record<string, unknown>;
  const { id, text } = row;
  if (typeof id !== 'string' && typeof id !== 'number') throw new Error('missing "id"');
  if (typeof text !== 'string') throw new Error('missing "text"');
  if (Array.isArray(row.labels)) {
    const unknown = row.labels.filter((label) => !isCategory(label));
    if (unknown.length > 0) throw new Error(`unknown label(s) ${JSON.stringify(unknown)}`);
    return {
      type: 'labelled',
      file,
      id: String(id),
      text,
      labels: row.labels as Category[],
      note: typeof row.note === 'string' ? row.note : '',
    };
  }
  if (typeof row.source === 'string' && (row.kind === 'clean' || row.kind === 'harmful')) {
    return { type: 'external', file, id: String(id), text, source: row.source, kind: row.kind };
  }
  throw new Error('neither "labels" nor "source" + "kind" (clean|harmful)');
}
