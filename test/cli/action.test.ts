import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { report } from '../report-fragments.js';
import { workspace } from './run.js';

const root = join(import.meta.dirname, '..', '..');
const actionYml = readFileSync(join(root, 'action.yml'), 'utf8');
const noPeriod = report({ intro: '本报告由大连市医疗保障局编制。' });

/** Runs action/run.mjs as the Action's step does: inputs as INPUT_* variables, in the repository's checkout. */
function runAction(cwd: string, inputs: Record<string, string>) {
  // The runner's files live outside the checkout, as on GitHub.
  const runner = workspace({});
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_OUTPUT: join(runner, 'github-output'), GITHUB_STEP_SUMMARY: join(runner, 'summary.md') };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = value;
  writeFileSync(env.GITHUB_OUTPUT!, '');
  const outcome = spawnSync(process.execPath, [join(root, 'action', 'run.mjs')], { cwd, env, encoding: 'utf8' });
  const read = (path: string) => readFileSync(path, 'utf8');
  return { ...outcome, summary: () => read(env.GITHUB_STEP_SUMMARY!), outputs: () => read(env.GITHUB_OUTPUT!) };
}

describe('the GitHub Action', { timeout: 120_000 }, () => {
  it('declares the inputs files, format, config, max-warnings and sarif-file, each passed to the script', () => {
    const inputsBlock = actionYml.slice(actionYml.indexOf('\ninputs:'), actionYml.indexOf('\noutputs:'));
    const inputs = [...inputsBlock.matchAll(/^ {2}([\w-]+):\n {4}description:/gm)].map((m) => m[1]);
    expect(inputs).toEqual(['files', 'format', 'config', 'max-warnings', 'sarif-file', 'locale']);
    for (const name of inputs) expect(actionYml).toContain(`INPUT_${name!.toUpperCase().replace(/-/g, '_')}: \${{ inputs.${name} }}`);
    expect(actionYml).toMatch(/using: composite/);
    expect(actionYml).toContain('node "$GITHUB_ACTION_PATH/action/run.mjs"');
  });

  it('annotates, fails on errors, writes the summary, the SARIF file and the step outputs', () => {
    const dir = workspace({ 'bad.md': noPeriod, 'good.md': report() });
    const { status, stdout, stderr, summary, outputs } = runAction(dir, { files: 'bad.md\ngood.md\n', locale: 'en', 'sarif-file': 'results/xxgk-lint.sarif' });
    expect([status, stderr]).toEqual([1, '']);
    expect(stdout).toMatch(/^::error file=bad\.md,line=1,endLine=1,col=3,endColumn=28,title=xxgk-lint \(statistics-period\)::The statistics period is not stated/);
    expect(summary()).toContain('| bad.md | 1 | error | statistics-period |');
    const sarif = JSON.parse(readFileSync(join(dir, 'results', 'xxgk-lint.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['statistics-period']);
    expect(outputs()).toBe(`exit-code=1\nsarif-file=${join(dir, 'results', 'xxgk-lint.sarif')}\n`);
  });

  it('gates on warnings with max-warnings, and passes a clean repository', () => {
    const dir = workspace({ 'good.md': report() });
    expect(runAction(dir, { files: '.' })).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const strict = runAction(dir, { files: '.', 'max-warnings': '0', config: 'strict.json' });
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain('无法读取配置文件');
    writeFileSync(join(dir, 'strict.json'), '{ "rules": { "previous-year-follow-up": "off" } }');
    expect(runAction(dir, { files: '.', 'max-warnings': '0', config: 'strict.json' })).toMatchObject({ status: 0 });
  });
});
