/**
 * Measures the engine on corpus files against the quality targets of PRODUCT.md §5.
 *
 *   npm run eval -- [FILE...] [--quiet] [--all] [--json] [--sensitivity gentle|balanced|strict]
 *
 * FILE defaults to every *.jsonl in ../shared/corpus. Rows with "labels" get per-category precision /
 * recall / F1 (a message's predicted set is the set of its findings' categories); rows with "source" +
 * "kind" get clean / harmful flagged rates per source. --quiet prints only the tables and targets, --all
 * lists every flagged clean row (default: 40 per source), --json prints the numbers as one JSON object.
 * Every run also prints, per sensitivity level, the share of clean and of harmful messages flagged (labelled rows
 * without / with labels, and external clean / harmful rows): what each level of the options page changes.
 * Exits 0 whatever the numbers (it measures, it does not gate); 2 only for a bad flag or unreadable file.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, CATEGORIES, type AnalyzeOptions, type Category, type Finding, type Sensitivity } from '../src/engine';
import { corpusFiles, readCorpus, type ExternalRow, type LabelledRow } from './lib/corpus';
import { run } from './lib/cli';
import { fixed, mark, oneLine, pct, table } from './lib/format';
import { parseSensitivity } from './lib/options';

// PRODUCT.md §5: macro-F1 for messages-dev / -train; per-category F1 and clean messages as on the blind split;
// external clean rows per source; harmful rows only where the source's harm is mostly interpersonal.
const TARGET = { macroF1: 0.85, categoryF1: 0.65, cleanMessages: 0.06, externalClean: 0.02, harmfulRate: 0.08 };
const HARMFUL_TARGET_SOURCES = /^(?:ucc|goemotions)\b/;
const DEFAULT_LIST_CAP = 40;

interface Scored<Row> {
  row: Row;
  findings: Finding[];
  predicted: Set<Category>;
  unsupported: boolean;
}

interface CategoryScore {
  category: Category;
  support: number;
  predicted: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number;
}

interface LabelledReport {
  messages: number;
  clean: number;
  cleanFlagged: number;
  categories: CategoryScore[];
  macroF1: number;
  micro: { precision: number | null; recall: number | null; f1: number };
  falseAlarms: { id: string; category: Category; flagged: string[]; text: string }[];
  misses: { id: string; category: Category; predicted: Category[]; text: string; note: string }[];
}

interface SourceReport {
  source: string;
  clean: number;
  cleanFlagged: number;
  harmful: number;
  harmfulFlagged: number;
  /** harmful flagged rate ÷ clean flagged rate; null when neither is flagged or there are no harmful rows. */
  ratio: number | null;
  unsupportedLanguage: number;
  cleanFlaggedByCategory: Partial<Record<Category, number>>;
  cleanFlaggedRows: { id: string; categories: Category[]; flagged: string[]; text: string }[];
}

interface TargetResult {
  name: string;
  value: string;
  pass: boolean;
}

const USAGE = 'usage: npm run eval -- [FILE...] [--quiet] [--all] [--json] [--sensitivity gentle|balanced|strict]';

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      quiet: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      sensitivity: { type: 'string' },
    },
  });
  const options: AnalyzeOptions = {};
  if (values.sensitivity !== undefined) options.sensitivity = parseSensitivity(values.sensitivity);
  const files = positionals.length > 0 ? positionals : corpusFiles();

  const { rows, problems } = readCorpus(files);
  for (const problem of problems) console.error(`skipped ${problem}`);

  const labelled: Scored<LabelledRow>[] = [];
  const external: Scored<ExternalRow>[] = [];
  for (const row of rows) {
    const { findings, language } = analyze(row.text, options);
    const scored = { findings, predicted: new Set(findings.map((f) => f.category)), unsupported: language === 'unsupported' };
    if (row.type === 'labelled') labelled.push({ row, ...scored });
    else external.push({ row, ...scored });
  }

  const levels = scoreLevels(rows, options);
  const labelledReport = labelled.length > 0 ? scoreLabelled(labelled) : null;
  const sources = scoreSources(external);
  const targets = checkTargets(labelledReport, sources);
  const listCap = values.all ? Infinity : DEFAULT_LIST_CAP;

  if (values.json) {
    const report = { files: files.map((f) => basename(f)), options, levels, labelled: labelledReport, sources, targets };
    // JSON has no Infinity; a ratio with no clean row flagged would otherwise read as null.
    console.log(JSON.stringify(report, (_key, value: unknown) => (value === Infinity ? 'Infinity' : value), 2));
    return;
  }
  console.log(`Files: ${files.map((f) => basename(f)).join(', ')}${options.sensitivity ? `  (sensitivity ${options.sensitivity})` : ''}\n`);
  if (labelledReport) printLabelled(labelledReport, values.quiet);
  if (sources.length > 0) printSources(sources, values.quiet, listCap);
  printLevels(levels);
  printTargets(targets);
}

const LEVELS: readonly Sensitivity[] = ['gentle', 'balanced', 'strict'];

interface LevelReport {
  sensitivity: Sensitivity;
  clean: number;
  cleanFlagged: number;
  harmful: number;
  harmfulFlagged: number;
}

/** Clean and harmful flagged rates at each sensitivity level (the other options as given). */
function scoreLevels(rows: readonly (LabelledRow | ExternalRow)[], options: AnalyzeOptions): LevelReport[] {
  return LEVELS.map((sensitivity) => {
    const report: LevelReport = { sensitivity, clean: 0, cleanFlagged: 0, harmful: 0, harmfulFlagged: 0 };
    for (const row of rows) {
      const harmful = row.type === 'labelled' ? row.labels.length > 0 : row.kind === 'harmful';
      const flagged = analyze(row.text, { ...options, sensitivity }).findings.length > 0;
      if (harmful) {
        report.harmful += 1;
        if (flagged) report.harmfulFlagged += 1;
      } else {
        report.clean += 1;
        if (flagged) report.cleanFlagged += 1;
      }
    }
    return report;
  });
}

function printLevels(levels: LevelReport[]): void {
  console.log('Flagged per sensitivity level (every file above):');
  const rate = (n: number, of: number): string => `${pct(n, of)} (${n}/${of})`;
  console.log(
    table([
      ['  level', 'clean flagged', 'harmful flagged'],
      ...levels.map((l) => [`  ${l.sensitivity}`, rate(l.cleanFlagged, l.clean), rate(l.harmfulFlagged, l.harmful)]),
    ]),
  );
  console.log('');
}

function flaggedTexts(findings: Finding[], category: Category): string[] {
  return findings.filter((f) => f.category === category).map((f) => f.text);
}

function scoreLabelled(scored: Scored<LabelledRow>[]): LabelledReport {
  const falseAlarms: LabelledReport['falseAlarms'] = [];
  const misses: LabelledReport['misses'] = [];
  const counts = new Map(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  for (const { row, findings, predicted } of scored) {
    const expected = new Set(row.labels);
    for (const category of CATEGORIES) {
      const count = counts.get(category);
      if (!count) continue;
      const isPredicted = predicted.has(category);
      if (isPredicted && expected.has(category)) count.tp += 1;
      else if (isPredicted) {
        count.fp += 1;
        falseAlarms.push({ id: row.id, category, flagged: flaggedTexts(findings, category), text: row.text });
      } else if (expected.has(category)) {
        count.fn += 1;
        misses.push({ id: row.id, category, predicted: [...predicted], text: row.text, note: row.note });
      }
    }
  }
  const categories = CATEGORIES.map((category): CategoryScore => {
    const { tp, fp, fn } = counts.get(category) ?? { tp: 0, fp: 0, fn: 0 };
    return { category, support: tp + fn, predicted: tp + fp, tp, fp, fn, ...prf(tp, fp, fn) };
  });
  const total = categories.reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const clean = scored.filter((s) => s.row.labels.length === 0);
  return {
    messages: scored.length,
    clean: clean.length,
    cleanFlagged: clean.filter((s) => s.findings.length > 0).length,
    categories,
    macroF1: categories.reduce((sum, c) => sum + c.f1, 0) / categories.length,
    micro: prf(total.tp, total.fp, total.fn),
    falseAlarms,
    misses,
  };
}

/** F1 is 1 when a category has nothing to find and nothing was flagged, so macro-F1 still averages nine. */
function prf(tp: number, fp: number, fn: number): { precision: number | null; recall: number | null; f1: number } {
  return {
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn),
  };
}

function scoreSources(scored: Scored<ExternalRow>[]): SourceReport[] {
  const bySource = new Map<string, Scored<ExternalRow>[]>();
  for (const s of scored) {
    const items = bySource.get(s.row.source);
    if (items) items.push(s);
    else bySource.set(s.row.source, [s]);
  }
  return [...bySource].map(([source, items]): SourceReport => {
    const clean = items.filter((s) => s.row.kind === 'clean');
    const harmful = items.filter((s) => s.row.kind === 'harmful');
    const cleanFlagged = clean.filter((s) => s.findings.length > 0);
    const harmfulFlagged = harmful.filter((s) => s.findings.length > 0).length;
    const cleanFlaggedByCategory: Partial<Record<Category, number>> = {};
    for (const s of cleanFlagged) for (const c of s.predicted) cleanFlaggedByCategory[c] = (cleanFlaggedByCategory[c] ?? 0) + 1;
    const cleanRate = clean.length ? cleanFlagged.length / clean.length : 0;
    const harmfulRate = harmful.length ? harmfulFlagged / harmful.length : 0;
    return {
      source,
      clean: clean.length,
      cleanFlagged: cleanFlagged.length,
      harmful: harmful.length,
      harmfulFlagged,
      ratio: harmful.length === 0 || harmfulRate === 0 ? null : cleanRate === 0 ? Infinity : harmfulRate / cleanRate,
      unsupportedLanguage: items.filter((s) => s.unsupported).length,
      cleanFlaggedByCategory,
      cleanFlaggedRows: cleanFlagged.map((s) => ({
        id: s.row.id,
        categories: [...s.predicted],
        flagged: s.findings.map((f) => f.text),
        text: s.row.text,
      })),
    };
  });
}

function checkTargets(labelled: LabelledReport | null, sources: SourceReport[]): TargetResult[] {
  const targets: TargetResult[] = [];
  if (labelled) {
    targets.push({ name: `macro-F1 ≥ ${TARGET.macroF1}`, value: fixed(labelled.macroF1), pass: labelled.macroF1 >= TARGET.macroF1 });
    for (const score of labelled.categories) {
      targets.push({ name: `${score.category} F1 ≥ ${TARGET.categoryF1}`, value: fixed(score.f1), pass: score.f1 >= TARGET.categoryF1 });
    }
    targets.push({
      name: `clean messages flagged ≤ ${TARGET.cleanMessages * 100} %`,
      value: pct(labelled.cleanFlagged, labelled.clean),
      pass: labelled.cleanFlagged <= TARGET.cleanMessages * labelled.clean,
    });
  }
  for (const s of sources) {
    if (s.clean > 0) {
      targets.push({
        name: `${s.source}: clean flagged ≤ ${TARGET.externalClean * 100} %`,
        value: pct(s.cleanFlagged, s.clean),
        pass: s.cleanFlagged <= TARGET.externalClean * s.clean,
      });
    }
    if (s.harmful > 0 && HARMFUL_TARGET_SOURCES.test(s.source)) {
      targets.push({
        name: `${s.source}: harmful flagged ≥ ${TARGET.harmfulRate * 100} %`,
        value: pct(s.harmfulFlagged, s.harmful),
        pass: s.harmfulFlagged >= TARGET.harmfulRate * s.harmful,
      });
    }
  }
  return targets;
}

function formatRatio(s: SourceReport): string {
  if (s.harmful === 0) return '—';
  if (s.ratio === null) return 'nothing flagged';
  return s.ratio === Infinity ? '∞ (no clean flagged)' : `${s.ratio.toFixed(1)}×`;
}

function printLabelled(report: LabelledReport, quiet: boolean): void {
  console.log(`Labelled messages: ${report.messages} (${report.clean} clean)\n`);
  const rows = report.categories.map((c) => [
    c.category,
    fixed(c.precision),
    fixed(c.recall),
    fixed(c.f1),
    String(c.support),
    String(c.predicted),
    String(c.fp),
    String(c.fn),
  ]);
  console.log(table([['category', 'P', 'R', 'F1', 'support', 'predicted', 'FP', 'FN'], ...rows]));
  const { micro } = report;
  console.log(
    `\nmacro-F1 ${fixed(report.macroF1)}   micro P ${fixed(micro.precision)} R ${fixed(micro.recall)} F1 ${fixed(micro.f1)}   ` +
      `clean flagged ${report.cleanFlagged}/${report.clean} (${pct(report.cleanFlagged, report.clean)})\n`,
  );
  if (quiet) return;
  console.log(`False alarms (${report.falseAlarms.length}) — predicted, not labelled:`);
  for (const fa of report.falseAlarms) {
    console.log(`  ${fa.id}  ${fa.category}  ${fa.flagged.map((t) => `"${t}"`).join(', ')}\n      ${oneLine(fa.text)}`);
  }
  console.log(`\nMisses (${report.misses.length}) — labelled, not predicted:`);
  for (const miss of report.misses) {
    const predicted = miss.predicted.length ? miss.predicted.join(', ') : 'nothing';
    console.log(`  ${miss.id}  ${miss.category}  (predicted: ${predicted})\n      ${oneLine(miss.text)}${miss.note ? `  // ${miss.note}` : ''}`);
  }
  console.log('');
}

function printSources(sources: SourceReport[], quiet: boolean, listCap: number): void {
  const rows = sources.map((s) => [
    s.source,
    String(s.clean),
    String(s.cleanFlagged),
    pct(s.cleanFlagged, s.clean),
    String(s.harmful),
    String(s.harmfulFlagged),
    pct(s.harmfulFlagged, s.harmful),
    formatRatio(s),
    String(s.unsupportedLanguage),
  ]);
  console.log(table([['source', 'clean', 'flagged', '%', 'harmful', 'flagged', '%', 'ratio', 'not-en'], ...rows]));
  console.log('');
  for (const s of sources) {
    const byCategory = Object.entries(s.cleanFlaggedByCategory).sort((a, b) => b[1] - a[1]);
    if (byCategory.length > 0) console.log(`${s.source} clean flagged by category: ${byCategory.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  }
  console.log('');
  if (quiet) return;
  for (const s of sources) {
    if (s.cleanFlaggedRows.length === 0) continue;
    const shown = s.cleanFlaggedRows.slice(0, listCap);
    const more = shown.length < s.cleanFlaggedRows.length ? `, first ${shown.length} — --all for every row` : '';
    console.log(`Clean rows flagged — ${s.source} (${s.cleanFlaggedRows.length}${more}):`);
    for (const r of shown) {
      console.log(`  ${r.id}  ${r.categories.join(', ')}  ${r.flagged.map((t) => `"${t}"`).join(', ')}\n      ${oneLine(r.text)}`);
    }
    console.log('');
  }
}

function printTargets(targets: TargetResult[]): void {
  if (targets.length === 0) return;
  console.log('Targets (PRODUCT.md §5):');
  console.log(table(targets.map((t) => [`  ${mark(t.pass)} ${t.name}`, t.value])));
  console.log(`${targets.filter((t) => t.pass).length}/${targets.length} met`);
}

run(main, USAGE);
