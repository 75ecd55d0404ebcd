import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, CATEGORIES, type AnalyzeOptions } from '../../src/engine';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Each case starts the command line as users and evaluations do (`npm run tone` runs scripts/tone-cli.mjs,
// which bundles the sources on first use); on a busy 2-core machine that alone can take seconds.
const SPAWN_TIMEOUT = 60_000;

const INPUTS = [
  { id: 'b-first', text: "it's your fault we're late, you never listen" },
  { id: 7, text: 'thanks so much for listening last night, I really appreciate it' },
  { id: 'a-last', text: 'calm down, WHY DIDNT YOU CALL?!?!' },
];

function tone(args: string[], stdin = ''): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['scripts/tone-cli.mjs', ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function outputLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function expectContractLine(line: Record<string, unknown>, input: { id: string | number; text: string }, options: AnalyzeOptions = {}): void {
  expect(Object.keys(line)).toEqual(['id', 'findings', 'strengths', 'tone', 'language']);
  expect(line.id).toBe(input.id);
  expect(['en', 'unsupported']).toContain(line.language);
  const { findings, tone: toneValue } = line as unknown as ReturnType<typeof analyze>;
  expect(['warm', 'neutral', 'tense', 'heated']).toContain(toneValue.label);
  expect(Math.abs(toneValue.score)).toBeLessThanOrEqual(1);
  for (const finding of findings) {
    expect(CATEGORIES).toContain(finding.category);
    expect(finding.text).toBe(input.text.slice(finding.start, finding.end));
    expect(finding.suggestions.length).toBeGreaterThan(0);
  }
  // The command line passes the engine's answer through unchanged (and the engine is deterministic).
  expect(line).toEqual({ id: input.id, ...analyze(input.text, options) });
}

describe('tone --jsonl', () => {
  it('writes one contract line per input line, in input order, skipping blank lines', { timeout: SPAWN_TIMEOUT }, () => {
    const stdin = INPUTS.map((input) => JSON.stringify(input)).join('\n\n') + '\n';
    const { status, stdout, stderr } = tone(['--jsonl'], stdin);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = outputLines(stdout);
    expect(lines.map((line) => line.id)).toEqual(INPUTS.map((input) => input.id));
    INPUTS.forEach((input, i) => expectContractLine(lines[i] ?? {}, input));
  });

  it('passes --categories and --sensitivity to the engine', { timeout: SPAWN_TIMEOUT }, () => {
    const options: AnalyzeOptions = { categories: ['blame', 'nonverbal'], sensitivity: 'strict' };
    const stdin = INPUTS.map((input) => JSON.stringify(input)).join('\n');
    const { status, stdout } = tone(['--jsonl', '--categories', 'blame,nonverbal', '--sensitivity', 'strict'], stdin);
    expect(status).toBe(0);
    const lines = outputLines(stdout);
    expect(lines).toHaveLength(INPUTS.length);
    INPUTS.forEach((input, i) => expectContractLine(lines[i] ?? {}, input, options));
  });

  it('answers a malformed line with an error object in its place and exits non-zero', { timeout: SPAWN_TIMEOUT }, () => {
    const stdin = [JSON.stringify(INPUTS[0]), '{not json', JSON.stringify({ id: 'no-text' }), JSON.stringify(INPUTS[2])].join('\n');
    const { status, stdout, stderr } = tone(['--jsonl'], stdin);
    expect(status).toBe(1);
    expect(stderr).toContain('line 2');
    const lines = outputLines(stdout);
    expect(lines.map((line) => line.id)).toEqual([INPUTS[0]?.id, null, 'no-text', INPUTS[2]?.id]);
    expect(Object.keys(lines[1] ?? {})).toEqual(['id', 'error']);
    expect(Object.keys(lines[2] ?? {})).toEqual(['id', 'error']);
    expect(lines[3]?.language).toBeDefined();
  });
});

describe('tone "message"', () => {
  const text = INPUTS[0]?.text ?? '';

  it('prints the tone and, for each finding, its category, phrase and suggestions', { timeout: SPAWN_TIMEOUT }, () => {
    const { status, stdout } = tone([text]);
    expect(status).toBe(0);
    const analysis = analyze(text);
    expect(stdout).toContain(`Tone: ${analysis.tone.label}`);
    if (analysis.findings.length === 0) expect(stdout).toContain('No findings.');
    for (const finding of analysis.findings) {
      expect(stdout).toContain(`${finding.category} · ${finding.severity}`);
      expect(stdout).toContain(`"${finding.text}"`);
      for (const { replacement } of finding.suggestions) expect(stdout).toContain(`→ ${replacement || '(remove it)'}`);
    }
  });

  it('reads the message from stdin when no argument is given', { timeout: SPAWN_TIMEOUT }, () => {
    expect(tone([], `${text}\n`).stdout).toBe(tone([text]).stdout);
  });

  it('rejects an unknown category with exit code 2', { timeout: SPAWN_TIMEOUT }, () => {
    const { status, stderr } = tone(['--categories', 'blame,rudeness', text]);
    expect(status).toBe(2);
    expect(stderr).toContain('rudeness');
  });
});
