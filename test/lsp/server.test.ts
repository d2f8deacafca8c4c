import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializeRequest, InitializedNotification } from 'vscode-languageserver-protocol/node';
import { Linter } from '../../src/index.js';
import { workspace } from '../cli/run.js';
import { htmlToDocx } from '../docx-builder.js';
import { LspClient, brief } from './client.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const docs = (rule: string) => `https://github.com/xxgk-lint/xxgk-lint/blob/main/docs/rules/${rule}.md`;

// Seed 000 with a wrong 总计 in table 三 (12 for 11 requests) and a reworded title of section 五.
const seed = fixture('markdown/000.md')
  .replace('| 一、本年新收政府信息公开申请数量 |  |  | 11 | 0 | 0 | 0 | 0 | 0 | 11 |', '| 一、本年新收政府信息公开申请数量 |  |  | 11 | 0 | 0 | 0 | 0 | 0 | 12 |')
  .replace('## 五、存在的主要问题及改进情况', '## 五、存在的主要问题和整改情况');

describe('xxgk-lint --lsp', { timeout: 60_000 }, () => {
  const dir = workspace({ 'missing-config.md': seed });
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  // Settings pulled by workspace/configuration: English for en.txt, a config file that does not exist for missing-config.md.
  const client = new LspClient((scope) =>
    scope === uri('en.txt') ? { locale: 'en' } : scope === uri('missing-config.md') ? { configFile: 'none.json' } : {},
  );
  const open = (name: string, text: string, languageId = 'markdown') => {
    const published = client.next(uri(name));
    void client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(name), languageId, version: 1, text } });
    return published;
  };

  beforeAll(async () => {
    const init = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: { workspace: { configuration: true } },
      initializationOptions: { locale: 'zh' },
    });
    expect(init.capabilities).toMatchObject({ codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.xxgk-lint'] }, textDocumentSync: { openClose: true, change: 2 } });
    await client.connection.sendNotification(InitializedNotification.type, {});
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    expect(client.stderr).toBe('');
  });

  it('publishes diagnostics on open, fixes and suggestions as code actions, and follows each change', async () => {
    const first = await open('000.md', seed);
    expect(first.version).toBe(1);
    expect(first.diagnostics.map(brief)).toEqual([
      { at: '8:116-8:127', code: 'text-table-consistency', severity: 1, message: '正文「收到信息公开申请11件」与收到和处理政府信息公开申请情况表「一、本年新收政府信息公开申请数量」行「总计」列的12不一致' },
      {
        at: '40:52-40:54',
        code: 'table-totals',
        severity: 1,
        message: '收到和处理政府信息公开申请情况表「一、本年新收政府信息公开申请数量」行「总计」列应为11，实为12：第一项加第二项之和，等于第三项加第四项之和（12 ≠ 11）；总计等于自然人与法人或其他组织各列之和（11 ≠ 12）',
      },
      { at: '74:3-74:17', code: 'previous-year-follow-up', severity: 2, message: '第五部分只写了本年度的问题，未说明上年度问题的整改情况' },
      { at: '74:3-74:17', code: 'required-sections', severity: 2, message: '第五部分标题「五、存在的主要问题和整改情况」不规范，标准标题为「五、存在的主要问题及改进情况」' },
    ]);
    expect(first.diagnostics.map((d) => [d.source, d.codeDescription?.href])).toEqual(first.diagnostics.map((d) => ['xxgk-lint', docs(String(d.code))]));

    const [, wrongTotal, , title] = first.diagnostics;
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uri('000.md') },
      range: wrongTotal!.range,
      context: { diagnostics: [wrongTotal!, title!], only: ['quickfix'] },
    });
    const setTotal = { range: { start: { line: 40, character: 52 }, end: { line: 40, character: 54 } }, newText: '11' };
    const setTitle = { range: { start: { line: 74, character: 5 }, end: { line: 74, character: 17 } }, newText: '存在的主要问题及改进情况' };
    expect(actions).toEqual([
      { title: '改为 11', kind: 'quickfix', diagnostics: [wrongTotal], edit: { changes: { [uri('000.md')]: [setTotal] } } },
      {
        title: '改为「存在的主要问题及改进情况」',
        kind: 'quickfix',
        diagnostics: [title],
        isPreferred: true,
        edit: { changes: { [uri('000.md')]: [setTitle] } },
      },
    ]);
    // Fix all applies the fixes, never the suggestions: the total stays for the user to decide.
    const all = { textDocument: { uri: uri('000.md') }, range: title!.range, context: { diagnostics: [], only: ['source.fixAll'] } };
    expect(await client.connection.sendRequest(CodeActionRequest.type, all)).toEqual([
      { title: '修复所有可自动修复的问题（xxgk-lint）', kind: 'source.fixAll.xxgk-lint', edit: { changes: { [uri('000.md')]: [setTitle] } } },
    ]);

    // The editor applies the suggestion: the total and what followed from it are gone.
    const second = client.next(uri('000.md'));
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri('000.md'), version: 2 }, contentChanges: [{ range: setTotal.range, text: setTotal.newText }] });
    const after = await second;
    expect([after.version, after.diagnostics.map((d) => d.code)]).toEqual([2, ['previous-year-follow-up', 'required-sections']]);

    // Code actions of diagnostics from an older version offer nothing: their offsets may be stale.
    const stale = { textDocument: { uri: uri('000.md') }, range: title!.range, context: { diagnostics: [title!], only: ['quickfix'] } };
    expect(await client.connection.sendRequest(CodeActionRequest.type, stale)).toEqual([]);
  });

  it('lints a seed in plain text, in the language the settings choose', async () => {
    const { diagnostics } = await open('en.txt', fixture('seeds/000_62938e86c4e2d319.txt'), 'plaintext');
    expect(diagnostics.map(brief)).toEqual([
      { at: '57:0-57:14', code: 'previous-year-follow-up', severity: 2, message: "Section 五 covers only this year's problems, not what was done about last year's" },
    ]);
  });

  it('says on the document when its config file cannot be read', async () => {
    const { diagnostics } = await open('missing-config.md', seed);
    expect(diagnostics.map(brief)).toEqual([{ at: '0:0-0:0', code: undefined, severity: 1, message: `xxgk-lint：无法读取配置文件 ${join(dir, 'none.json')}（文件或目录不存在）` }]);
  });

  it('lints a Word file from disk, as the library does', async () => {
    writeFileSync(join(dir, 'r.docx'), await htmlToDocx(fixture('html/000.html')));
    const expected = (await new Linter().lintFile(join(dir, 'r.docx'))).messages.map((m) => [m.ruleId, m.line - 1, m.message]);
    const { diagnostics } = await open('r.docx', '', 'plaintext');
    expect(diagnostics.map((d) => [d.code, d.range.start.line, d.message])).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.data === undefined)).toBe(true);
  });
});

describe('xxgk-lint --lsp --limit', { timeout: 60_000 }, () => {
  const dir = workspace({});
  const client = new LspClient(() => ({}), ['--limit', 'maxLines=20']);
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it('lints every document within the limits given on its command line', async () => {
    await client.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { locale: 'en' } });
    await client.connection.sendNotification(InitializedNotification.type, {});
    const uri = pathToFileURL(join(dir, 'seed.md')).href;
    const published = client.next(uri);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: seed } });
    expect((await published).diagnostics.map(brief)).toEqual([
      {
        at: '0:0-0:0',
        code: undefined,
        severity: 1,
        message: 'The file exceeds the limit maxLines (86, at most 20) and was not checked; to check it anyway, raise the limit with --limit maxLines=N',
      },
    ]);
  });

  it('does not start with a limit it cannot read: exit 2, naming it', () => {
    const started = spawnSync(process.execPath, ['bin/xxgk-lint.js', '--lsp', '--stdio', '--limit', 'maxLines=many', '--locale', 'en'], { encoding: 'utf8', input: '' });
    expect([started.status, started.stdout, started.stderr.split('\n')[0]]).toEqual([2, '', expect.stringContaining('--limit "maxLines=many": use name=N with N ≥ 1')]);
  });
});

