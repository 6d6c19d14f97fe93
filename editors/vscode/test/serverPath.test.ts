import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { bundledPath, findServer } from '../src/serverPath';

/** A fake file system: exactly these paths are files. */
function files(...paths: string[]): (p: string) => boolean {
  const set = new Set(paths);
  return (p) => set.has(p);
}

const ext = '/ext';
const bundled = '/ext/server/linux-x64/http-status-lsp';

test('the setting wins over the bundled binary and PATH', () => {
  const found = findServer({
    configuredPath: '/opt/hs/http-status-lsp',
    extensionPath: ext,
    platform: 'linux',
    arch: 'x64',
    env: { PATH: '/usr/bin' },
    isFile: files('/opt/hs/http-status-lsp', bundled, '/usr/bin/http-status-lsp'),
  });
  assert.deepEqual(found, { ok: true, path: '/opt/hs/http-status-lsp', source: 'setting' });
});

test('a relative setting is taken from the workspace folder, ~ from home', () => {
  const relative = findServer({
    configuredPath: 'target/release/http-status-lsp',
    extensionPath: ext,
    workspaceFolder: '/work/proj',
    platform: 'linux',
    arch: 'x64',
    env: {},
    isFile: files('/work/proj/target/release/http-status-lsp'),
  });
  assert.deepEqual(relative, { ok: true, path: '/work/proj/target/release/http-status-lsp', source: 'setting' });

  const home = findServer({
    configuredPath: '~/.cargo/bin/http-status-lsp',
    extensionPath: ext,
    homeDir: '/home/me',
    platform: 'linux',
    arch: 'x64',
    env: {},
    isFile: files('/home/me/.cargo/bin/http-status-lsp'),
  });
  assert.equal(home.ok && home.path, '/home/me/.cargo/bin/http-status-lsp');
});

test('a setting that points nowhere is an error, not a silent fallback', () => {
  const found = findServer({
    configuredPath: '/nowhere/http-status-lsp',
    extensionPath: ext,
    platform: 'linux',
    arch: 'x64',
    env: { PATH: '/usr/bin' },
    isFile: files(bundled, '/usr/bin/http-status-lsp'),
  });
  assert.equal(found.ok, false);
  assert.match(!found.ok ? found.message : '', /httpStatus\.server\.path is set to "\/nowhere\/http-status-lsp"/);
  assert.match(!found.ok ? found.message : '', /clear the setting/);
});

test('an empty or blank setting means "not set": the bundled binary comes next', () => {
  for (const configuredPath of [undefined, '', '   ']) {
    const found = findServer({
      configuredPath,
      extensionPath: ext,
      platform: 'linux',
      arch: 'x64',
      env: { PATH: '/usr/bin' },
      isFile: files(bundled, '/usr/bin/http-status-lsp'),
    });
    assert.deepEqual(found, { ok: true, path: bundled, source: 'bundled' });
  }
});

test('the bundled binary is chosen by platform and architecture', () => {
  assert.equal(bundledPath('/ext', 'darwin', 'arm64'), path.join('/ext', 'server', 'darwin-arm64', 'http-status-lsp'));
  assert.equal(bundledPath('/ext', 'win32', 'x64'), path.join('/ext', 'server', 'win32-x64', 'http-status-lsp.exe'));
  // A linux-x64 binary does not serve an arm64 machine: fall through to PATH.
  const found = findServer({
    extensionPath: ext,
    platform: 'linux',
    arch: 'arm64',
    env: { PATH: '/usr/local/bin:/usr/bin' },
    isFile: files(bundled, '/usr/bin/http-status-lsp'),
  });
  assert.deepEqual(found, { ok: true, path: '/usr/bin/http-status-lsp', source: 'PATH' });
});

test('PATH is searched in order, skipping empty entries', () => {
  const found = findServer({
    extensionPath: ext,
    platform: 'linux',
    arch: 'x64',
    env: { PATH: ':/a:/b:/c' },
    isFile: files('/b/http-status-lsp', '/c/http-status-lsp'),
  });
  assert.deepEqual(found, { ok: true, path: '/b/http-status-lsp', source: 'PATH' });
});

test('on Windows, Path and PATHEXT are used', () => {
  const found = findServer({
    extensionPath: 'C:\\ext',
    platform: 'win32',
    arch: 'x64',
    env: { Path: 'C:\\tools;C:\\cargo\\bin', PATHEXT: '.COM;.EXE' },
    isFile: files('C:\\cargo\\bin\\http-status-lsp.exe'),
  });
  assert.deepEqual(found, { ok: true, path: 'C:\\cargo\\bin\\http-status-lsp.exe', source: 'PATH' });
});

test('nothing found: the message names what was tried and how to fix it', () => {
  const found = findServer({
    extensionPath: ext,
    platform: 'linux',
    arch: 'riscv64',
    env: { PATH: '/usr/bin' },
    isFile: files(),
  });
  assert.equal(found.ok, false);
  const message = !found.ok ? found.message : '';
  assert.match(message, /no binary for linux-riscv64/);
  assert.match(message, /no http-status-lsp on PATH/);
  assert.match(message, /httpStatus\.server\.path/);
  assert.match(message, /Restart Server/);
});

test('the real file system: a file counts, a folder of the same name does not', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hs-lookup-'));
  try {
    fs.mkdirSync(path.join(dir, 'a', 'http-status-lsp'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'b'));
    fs.writeFileSync(path.join(dir, 'b', 'http-status-lsp'), '#!/bin/sh\n', { mode: 0o755 });
    const found = findServer({
      extensionPath: path.join(dir, 'ext'),
      env: { PATH: [path.join(dir, 'a'), path.join(dir, 'b')].join(path.delimiter) },
    });
    assert.deepEqual(found, { ok: true, path: path.join(dir, 'b', 'http-status-lsp'), source: 'PATH' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
