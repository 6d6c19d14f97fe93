// Drives the real server the way the VS Code client does: the same libraries
// (vscode-languageserver-protocol over vscode-jsonrpc), the same `initialize`, the settings
// the extension would send, then didOpen → publishDiagnostics, hover, completion, shutdown/exit.
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

import {
  CompletionItem,
  CompletionList,
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  Hover,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  InitializeResult,
  InlayHintRefreshRequest,
  LogMessageNotification,
  MarkupContent,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';

import { toServerSettings } from '../src/settings';
import { initializeParams } from './vscodeClient';

const repoDir = path.resolve(__dirname, '..', '..', '..', '..');
const serverPath = process.env.HTTP_STATUS_LSP ?? path.join(repoDir, 'target', 'release', 'http-status-lsp');

/** Every wait is bounded; a hang fails the test with a message saying what never came. */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

let server: ChildProcessWithoutNullStreams;
let connection: ProtocolConnection;
let workspace: string;
let initializeResult: InitializeResult;
const stderr: string[] = [];
const logs: string[] = [];
const configurationPulls: unknown[] = [];
const published = new Map<string, PublishDiagnosticsParams[]>();
const publishWaiters: (() => void)[] = [];

/** Waits for diagnostics for `uri` at `version` (the server sends the version it analysed). */
async function diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
  const find = () => published.get(uri)?.find((p) => p.version === version);
  return within(10_000, `publishDiagnostics for ${uri} version ${version}`, new Promise((resolve) => {
    const check = () => {
      const found = find();
      if (found) {
        resolve(found);
      } else {
        publishWaiters.push(check);
      }
    };
    check();
  }));
}

// The fixture: a Flask view with a reserved code, a common one, and a number that is no status.
const python = [
  'from flask import abort',              // 0
  'import time',                          // 1
  '',                                     // 2
  'def teapot():',                        // 3
  '    abort(418)',                       // 4
  '',                                     // 5
  'def missing():',                       // 6
  '    abort(404)',                       // 7
  '',                                     // 8
  'def slow():',                          // 9
  '    time.sleep(500)',                  // 10
  '',                                     // 11
  'def emoji():',                         // 12
  '    note = "🙂 é"; abort(404)',        // 13: UTF-16 columns differ from UTF-8 ones here
  '',
].join('\n');

const javascript = [
  "app.get('/users/:id', (req, res) => {",
  '  res.status(',
  '});',
  '',
].join('\n');

const pythonCompletion = ['from flask import abort', '', 'def view():', '    abort(', ''].join('\n');

before(async () => {
  assert.ok(
    fs.existsSync(serverPath),
    `no server binary at ${serverPath}: build it with \`cargo build --locked --release\` or set HTTP_STATUS_LSP`,
  );
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'hs-vscode-protocol-'));
  server = spawn(serverPath, ['--stdio'], { cwd: workspace, stdio: 'pipe' });
  server.stderr.on('data', (chunk) => stderr.push(String(chunk)));
  connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));

  // What the VS Code client answers, with the extension's middleware mapping the settings.
  connection.onRequest(ConfigurationRequest.type, (params) => {
    configurationPulls.push(params);
    return params.items.map((item) => (item.section === 'httpStatus' ? toServerSettings({}).settings : null));
  });
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
  connection.onRequest(InlayHintRefreshRequest.type, () => undefined);
  connection.onNotification(LogMessageNotification.type, (params) => logs.push(params.message));
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const list = published.get(params.uri) ?? [];
    list.push(params);
    published.set(params.uri, list);
    for (const waiter of publishWaiters.splice(0)) {
      waiter();
    }
  });
  connection.listen();

  const rootUri = pathToFileURL(workspace).href;
  const initializationOptions = toServerSettings({ rules: { 'nonstandard-status': 'hint' } }).settings;
  initializeResult = await within(
    10_000,
    'the initialize response',
    connection.sendRequest(InitializeRequest.type, initializeParams(rootUri, 'fixture', initializationOptions)),
  );
  await connection.sendNotification(InitializedNotification.type, {});
  // The extension's didChangeConfiguration middleware pushes the mapped section once at start.
  await connection.sendNotification(DidChangeConfigurationNotification.type, {
    settings: { httpStatus: toServerSettings({}).settings },
  });
});

after(async () => {
  connection?.dispose();
  if (server && server.exitCode === null) {
    server.kill('SIGKILL');
  }
  if (workspace) {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
});

function failureContext(): string {
  return `\n--- server log messages:\n${logs.join('\n')}\n--- server stderr:\n${stderr.join('')}`;
}

test('initialize: the server accepts what VS Code offers and answers in UTF-16', () => {
  const caps = initializeResult.capabilities;
  // vscode-languageclient refuses a server that picks any other encoding.
  assert.ok(
    caps.positionEncoding === undefined || caps.positionEncoding === 'utf-16',
    `positionEncoding ${caps.positionEncoding}`,
  );
  assert.equal(caps.hoverProvider, true);
  assert.ok(caps.completionProvider?.triggerCharacters?.includes('('), 'completion triggers on "("');
  assert.deepEqual(
    typeof caps.textDocumentSync === 'object' ? [caps.textDocumentSync.openClose, caps.textDocumentSync.change] : caps.textDocumentSync,
    [true, 2],
  );
  assert.ok(caps.inlayHintProvider, 'inlay hints');
  const codeActions = caps.codeActionProvider;
  assert.deepEqual(
    typeof codeActions === 'object' ? codeActions.codeActionKinds : codeActions,
    ['quickfix'],
    'quick fixes',
  );
  assert.equal(initializeResult.serverInfo?.name, 'http-status-lsp');
});

test('the server pulls the httpStatus section, as VS Code answers it', async () => {
  await within(5_000, 'workspace/configuration', new Promise<void>((resolve) => {
    const poll = () => (configurationPulls.length > 0 ? resolve() : setTimeout(poll, 20));
    poll();
  }));
  assert.deepEqual(configurationPulls[0], { items: [{ section: 'httpStatus' }] });
});

test('didOpen (Python): 418 is reported as reserved, and nothing else', async () => {
  const uri = pathToFileURL(path.join(workspace, 'views.py')).href;
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'python', version: 1, text: python },
  });
  const { diagnostics } = await diagnosticsFor(uri, 1);
  const reserved = diagnostics.filter((d) => d.code === 'reserved-status');
  assert.equal(reserved.length, 1, `diagnostics: ${JSON.stringify(diagnostics)}${failureContext()}`);
  const [d] = reserved;
  assert.equal(d.source, 'http-status');
  assert.equal(d.severity, 2, 'warning');
  assert.ok(d.message.startsWith('418 is reserved'), d.message);
  assert.deepEqual(d.range, { start: { line: 4, character: 10 }, end: { line: 4, character: 13 } });
  // 404 is fine and 500 in time.sleep is no status code.
  assert.deepEqual(diagnostics.filter((x) => x.range.start.line !== 4), [], JSON.stringify(diagnostics));
});

test('hover on 404 in abort(404) explains it in markdown', async () => {
  const uri = pathToFileURL(path.join(workspace, 'views.py')).href;
  const hover = (await within(5_000, 'hover', connection.sendRequest(HoverRequest.type, {
    textDocument: { uri },
    position: { line: 7, character: 11 },
  }))) as Hover | null;
  assert.ok(hover, `no hover on 404${failureContext()}`);
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  assert.ok(contents.value.startsWith('### 404 Not Found'), contents.value);
  assert.deepEqual(hover.range, { start: { line: 7, character: 10 }, end: { line: 7, character: 13 } });
});

test('hover positions are UTF-16 columns', async () => {
  const uri = pathToFileURL(path.join(workspace, 'views.py')).href;
  const line = python.split('\n')[13];
  // JavaScript string indices are UTF-16 code units: exactly what VS Code sends.
  const start = line.indexOf('404');
  const hover = (await within(5_000, 'hover', connection.sendRequest(HoverRequest.type, {
    textDocument: { uri },
    position: { line: 13, character: start + 1 },
  }))) as Hover | null;
  assert.ok(hover, `no hover on the 404 after an emoji (UTF-16 column ${start + 1})${failureContext()}`);
  assert.ok((hover.contents as MarkupContent).value.startsWith('### 404 Not Found'));
  assert.deepEqual(hover.range, { start: { line: 13, character: start }, end: { line: 13, character: start + 3 } });
});

test('no hover on the 500 of time.sleep(500)', async () => {
  const uri = pathToFileURL(path.join(workspace, 'views.py')).href;
  const hover = await within(5_000, 'hover', connection.sendRequest(HoverRequest.type, {
    textDocument: { uri },
    position: { line: 10, character: 16 },
  }));
  assert.equal(hover, null);
});

function items(result: CompletionItem[] | CompletionList | null): CompletionItem[] {
  if (result === null) {
    return [];
  }
  return Array.isArray(result) ? result : result.items;
}

async function completeAt(uri: string, languageId: string, text: string, line: number, character: number) {
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId, version: 1, text },
  });
  await diagnosticsFor(uri, 1);
  return items(await within(5_000, 'completion', connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri },
    position: { line, character },
    context: { triggerKind: 2, triggerCharacter: '(' },
  })));
}

test('completion right after res.status( offers status codes (JavaScript)', async () => {
  const uri = pathToFileURL(path.join(workspace, 'app.js')).href;
  const list = await completeAt(uri, 'javascript', javascript, 1, '  res.status('.length);
  const byLabel = new Map(list.map((item) => [item.label, item]));
  assert.equal(byLabel.get('404')?.detail, 'Not Found', `items: ${list.map((i) => i.label).join(' ')}${failureContext()}`);
  assert.equal(byLabel.get('200')?.detail, 'OK');
});

test('completion right after abort( offers status codes (Python)', async () => {
  const uri = pathToFileURL(path.join(workspace, 'complete.py')).href;
  const list = await completeAt(uri, 'python', pythonCompletion, 3, '    abort('.length);
  const byLabel = new Map(list.map((item) => [item.label, item]));
  assert.equal(byLabel.get('404')?.detail, 'Not Found', `items: ${list.map((i) => i.label).join(' ')}${failureContext()}`);
  assert.equal(byLabel.get('200')?.detail, 'OK');
});

test('shutdown and exit end the process with status 0', async () => {
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  await within(5_000, 'the shutdown response', connection.sendRequest(ShutdownRequest.type));
  await connection.sendNotification(ExitNotification.type);
  assert.equal(await within(5_000, 'the server to exit', exited), 0);
});
