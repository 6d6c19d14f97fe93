// Loads the bundled extension (dist/extension.js, as packaged) against a stand-in for the
// `vscode` module and runs activate() down the path that needs no running server: the commands
// are registered, and a wrong httpStatus.server.path gives the error message with the fix.
// The client itself is covered by protocol.test.ts; VS Code proper is not available here.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Module = require('node:module');

type AnyObject = Record<string | symbol, unknown>;

/** Any property is another stand-in, callable and constructible; `overrides` win. */
function standIn(overrides: AnyObject = {}): any {
  const target = function () {} as unknown as AnyObject;
  return new Proxy(target, {
    get(t, prop) {
      if (prop in overrides) {
        return overrides[prop];
      }
      if (prop === 'then' || prop === Symbol.toPrimitive || prop === Symbol.iterator) {
        return undefined;
      }
      if (prop === 'prototype') {
        return t.prototype;
      }
      return standIn();
    },
    // esbuild's import interop copies the module's own properties: expose the overrides.
    ownKeys: (t) => [...new Set([...Reflect.ownKeys(t), ...Object.keys(overrides)])],
    getOwnPropertyDescriptor: (t, prop) =>
      prop in overrides
        ? { configurable: true, enumerable: true, writable: true, value: overrides[prop] }
        : Reflect.getOwnPropertyDescriptor(t, prop),
    apply: () => standIn(),
    construct: () => standIn(),
  });
}

const bundle = path.resolve(__dirname, '..', '..', 'dist', 'extension.js');

test('dist/extension.js loads and activate() wires commands and reports a bad server path', async () => {
  const registered: string[] = [];
  const errors: string[] = [];
  const logged: string[] = [];
  const disposable = { dispose() {} };
  const settings: Record<string, unknown> = { 'server.path': '/nowhere/http-status-lsp' };

  const vscode = standIn({
    window: standIn({
      createOutputChannel: () => ({ appendLine: (line: string) => logged.push(line), show() {}, dispose() {} }),
      showErrorMessage: async (message: string) => {
        errors.push(message);
        return undefined;
      },
    }),
    commands: standIn({
      registerCommand: (id: string) => {
        registered.push(id);
        return disposable;
      },
      executeCommand: async () => undefined,
    }),
    workspace: standIn({
      workspaceFolders: undefined,
      getConfiguration: (section: string) => {
        assert.equal(section, 'httpStatus');
        return { get: (key: string) => settings[key], inspect: () => undefined };
      },
      onDidChangeConfiguration: () => disposable,
    }),
  });

  const originalLoad = Module._load;
  Module._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? vscode : originalLoad.call(this, request, ...rest);
  };
  try {
    const extension = require(bundle);
    assert.equal(typeof extension.activate, 'function');
    assert.equal(typeof extension.deactivate, 'function');

    const context = { subscriptions: [] as unknown[], extensionPath: '/nonexistent-extension' };
    await extension.activate(context);
    assert.deepEqual(registered.sort(), ['httpStatus.restartServer', 'httpStatus.showOutput']);
    assert.equal(errors.length, 1, `errors: ${JSON.stringify(errors)}`);
    assert.match(errors[0], /httpStatus\.server\.path is set to "\/nowhere\/http-status-lsp"/);
    assert.ok(logged.some((line) => line.includes('/nowhere/http-status-lsp')), 'the output channel has it too');
    assert.ok(context.subscriptions.length >= 3, 'disposables are handed to VS Code');
    await extension.deactivate();
  } finally {
    Module._load = originalLoad;
  }
});
