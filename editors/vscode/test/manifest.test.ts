// package.json, the pure modules and the server's source must agree on languages and rules.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { CONTRIBUTED_LANGUAGES, LANGUAGE_IDS } from '../src/languages';
import { LEVELS, RULES } from '../src/settings';

// Compiled to out/test/, so the extension folder is two levels up and the repository four.
const extensionDir = path.resolve(__dirname, '..', '..');
const repoDir = path.resolve(extensionDir, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));

test('activates for every supported language, and only those', () => {
  assert.deepEqual(
    manifest.activationEvents,
    LANGUAGE_IDS.map((id) => `onLanguage:${id}`),
  );
});

test('every languageId is one the server analyses (server/detect/language.rs)', () => {
  const source = fs.readFileSync(path.join(repoDir, 'server', 'detect', 'language.rs'), 'utf8');
  const fromId = source.slice(source.indexOf('fn from_language_id'), source.indexOf('fn from_path'));
  const known = new Set([...fromId.matchAll(/"([a-z]+)"/g)].map((m) => m[1]));
  for (const id of LANGUAGE_IDS) {
    assert.ok(known.has(id), `the server does not know languageId "${id}"`);
  }
  // And each language the server names in language_id() is one VS Code activates on.
  const canonical = source.slice(source.indexOf('fn language_id'), source.indexOf('fn name'));
  for (const m of canonical.matchAll(/=> "([a-z]+)"/g)) {
    assert.ok(LANGUAGE_IDS.includes(m[1]), `languageId "${m[1]}" is missing from LANGUAGE_IDS`);
  }
});

test('contributed languages match package.json and claim no bare .conf', () => {
  assert.deepEqual(manifest.contributes.languages, CONTRIBUTED_LANGUAGES);
  for (const language of CONTRIBUTED_LANGUAGES) {
    assert.ok(LANGUAGE_IDS.includes(language.id));
    assert.ok(!(language.extensions ?? []).includes('.conf'), `${language.id} claims every .conf file`);
  }
});

test('the rule settings mirror the server\'s rules (server/rules.rs)', () => {
  const source = fs.readFileSync(path.join(repoDir, 'server', 'rules.rs'), 'utf8');
  const codeFn = source.slice(source.indexOf('fn code(self)'), source.indexOf('fn from_code'));
  const serverRules = [...codeFn.matchAll(/=> "([a-z-]+)"/g)].map((m) => m[1]);
  assert.deepEqual(RULES.map((r) => r.code), serverRules);

  const rules = manifest.contributes.configuration.properties['httpStatus.rules'];
  assert.equal(rules.type, 'object');
  assert.deepEqual(rules.default, {});
  assert.equal(rules.additionalProperties, false);
  assert.deepEqual(Object.keys(rules.properties), serverRules);
  for (const rule of RULES) {
    const property = rules.properties[rule.code];
    assert.deepEqual(property.enum, [...LEVELS]);
    assert.ok(property.description.includes(`Default: ${rule.defaultLevel}.`), rule.code);
  }
});

test('settings and commands are contributed under httpStatus', () => {
  const properties = Object.keys(manifest.contributes.configuration.properties);
  assert.deepEqual(properties.sort(), [
    'httpStatus.allow',
    'httpStatus.inlayHints',
    'httpStatus.rules',
    'httpStatus.server.path',
    'httpStatus.trace.server',
  ]);
  const commands = manifest.contributes.commands.map((c: { category: string; title: string; command: string }) => [
    c.command,
    `${c.category}: ${c.title}`,
  ]);
  assert.deepEqual(commands, [
    ['httpStatus.restartServer', 'HTTP Status: Restart Server'],
    ['httpStatus.showOutput', 'HTTP Status: Show Output'],
  ]);
});

test('the engine and the client library agree', () => {
  assert.equal(manifest.engines.vscode, '^1.82.0');
  assert.match(manifest.dependencies['vscode-languageclient'], /^\^9\./);
  const client = JSON.parse(
    fs.readFileSync(path.join(extensionDir, 'node_modules', 'vscode-languageclient', 'package.json'), 'utf8'),
  );
  // The protocol test speaks through the same protocol library the client is built on.
  assert.equal(manifest.devDependencies['vscode-languageserver-protocol'], client.dependencies['vscode-languageserver-protocol']);
});
