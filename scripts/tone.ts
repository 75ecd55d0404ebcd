/**
 * Heard's command line (PRODUCT.md §2).
 *
 *   npm run --silent tone -- --jsonl < in.jsonl > out.jsonl
 *     Reads {"id","text"} lines and writes one {"id","findings","strengths","tone","language"} line per
 *     input line, in order, streaming. Blank lines are skipped (no output line).
 *     A line that cannot be analysed (bad JSON, no string "text", id not a string/number, engine error)
 *     still gets its own output line, {"id": <id or null>, "error": "<reason>"}, so output stays aligned
 *     with input; the reason also goes to stderr and the exit code is 1 once all lines are done.
 *
 *   npm run tone -- "some message"      readable report (text from stdin when no argument is given)
 *
 * Options: --categories a,b   --sensitivity gentle|balanced|strict
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { text as readStream } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { analyze, type Analysis, type AnalyzeOptions } from '../src/engine';
import { errorMessage, run } from './lib/cli';
import { oneLine } from './lib/format';
import { parseCategories, parseSensitivity } from './lib/options';

const USAGE = `usage: npm run tone -- [--categories a,b] [--sensitivity gentle|balanced|strict] "message"
       npm run --silent tone -- --jsonl [options] < lines.jsonl`;

type InputId = string | number | null;

async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean', default: false },
      categories: { type: 'string' },
      sensitivity: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const options: AnalyzeOptions = {};
  if (values.categories !== undefined) options.categories = parseCategories(values.categories);
  if (values.sensitivity !== undefined) options.sensitivity = parseSensitivity(values.sensitivity);

  if (values.jsonl) {
    if (positionals.length > 0) throw new Error('--jsonl reads stdin; do not pass a message as well');
    return runJsonl(options);
  }
  // Several positionals are one message, so `npm run tone -- you never listen` works unquoted.
  let text = positionals.join(' ');
  if (positionals.length === 0) {
    if (process.stdin.isTTY) {
      console.error(USAGE);
      return 2;
    }
    text = (await readStream(process.stdin)).replace(/\r?\n$/, '');
  }
  process.stdout.write(formatReport(text, analyze(text, options)));
  return 0;
}

async function runJsonl(options: AnalyzeOptions): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let failed = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const output = analyzeLine(line, options);
    if ('error' in output) {
      failed += 1;
      console.error(`line ${lineNumber}: ${output.error}`);
    }
    if (!process.stdout.write(`${JSON.stringify(output)}\n`)) await once(process.stdout, 'drain');
  }
  if (failed > 0) console.error(`${failed} line(s) could not be analysed`);
  return failed > 0 ? 1 : 0;
}

type LineOutput = ({ id: InputId } & Analysis) | { id: InputId; error: string };

function analyzeLine(line: string, options: AnalyzeOptions): LineOutput {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `invalid JSON: ${errorMessage(error)}` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { id: null, error: 'expected an object {"id","text"}' };
  }
  const { id, text } = input as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return { id: null, error: '"id" must be a string or number' };
  if (typeof text !== 'string') return { id, error: '"text" must be a string' };
  try {
    const { findings, strengths, tone, language } = analyze(text, options);
    // Built key by key so the line carries exactly the contract's keys, in the contract's order.
    return { id, findings, strengths, tone, language };
  } catch (error) {
    return { id, error: `analyze failed: ${errorMessage(error)}` };
  }
}

function formatReport(text: string, analysis: Analysis): string {
  const { findings, strengths, tone, language } = analysis;
  const out: string[] = [`Tone: ${tone.label} (${tone.score >= 0 ? '+' : ''}${tone.score.toFixed(2)})`];
  if (language === 'unsupported') out.push('Language: not English — Heard leaves this text alone.');
  out.push('');
  if (findings.length === 0) {
    out.push('No findings.');
  } else {
    out.push(`${findings.length} finding${findings.length === 1 ? '' : 's'}:`);
    findings.forEach((finding, i) => {
      out.push(`  ${i + 1}. ${finding.category} · ${finding.severity} — "${finding.text}" [${finding.start}–${finding.end}] (${finding.rule})`);
      out.push(`     ${finding.message}`);
      for (const suggestion of finding.suggestions) {
        const replacement = suggestion.replacement === '' ? '(remove it)' : suggestion.replacement;
        // A suggestion may cover more or less than the flagged phrase; say what it replaces then.
        const sameSpan = suggestion.start === finding.start && suggestion.end === finding.end;
        const replaces = sameSpan ? '' : `  [replaces "${oneLine(text.slice(suggestion.start, suggestion.end), 60)}"]`;
        out.push(`     → ${replacement}${suggestion.label ? `  (${suggestion.label})` : ''}${replaces}`);
      }
    });
  }
  if (strengths.length > 0) {
    out.push('', 'Going well:');
    for (const strength of strengths) out.push(`  + ${strength.kind} — "${strength.text}": ${strength.message}`);
  }
  return `${out.join('\n')}\n`;
}

// scripts/tone-cli.mjs starts this file from a V8 startup snapshot taken after the engine has loaded (compromise
// builds its lexicon at load, most of a cold start), so a start costs a process launch. Arguments then follow
// the executable directly; run as a plain script, they follow the script's path.
if (v8.startupSnapshot.isBuildingSnapshot()) {
  analyze('warm up: you never listen, WHY?!'); // compiles the patterns and fills the lookups once, into the snapshot
  v8.startupSnapshot.setDeserializeMainFunction(() => run(() => main(process.argv.slice(1)), USAGE));
} else {
  run(() => main(process.argv.slice(2)), USAGE);
}
