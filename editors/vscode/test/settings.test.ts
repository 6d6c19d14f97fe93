import { test } from 'node:test';
import * as assert from 'node:assert/strict';

import { explicitValue, RULES, toServerSettings } from '../src/settings';

test('nothing set: an empty object, so the server keeps .http-status.toml and its defaults', () => {
  assert.deepEqual(toServerSettings({}), { settings: {}, warnings: [] });
  assert.deepEqual(toServerSettings({ rules: {} }), { settings: {}, warnings: [] });
});

test('everything set: the server shape of server/config.rs', () => {
  const { settings, warnings } = toServerSettings({
    rules: { 'nonstandard-status': 'off', 'unassigned-status': 'error' },
    allow: [499, 520],
    inlayHints: false,
  });
  assert.deepEqual(warnings, []);
  assert.deepEqual(settings, {
    rules: { 'nonstandard-status': 'off', 'unassigned-status': 'error' },
    allow: [499, 520],
    inlayHints: false,
  });
});

test('an explicitly empty allow list is sent: it clears the file\'s list', () => {
  assert.deepEqual(toServerSettings({ allow: [] }).settings, { allow: [] });
});

test('the level aliases the server accepts are normalised; "default" means unset', () => {
  const { settings, warnings } = toServerSettings({
    rules: { 'reserved-status': 'warn', 'deprecated-status': 'info', 'invalid-status': 'default' },
  });
  assert.deepEqual(warnings, []);
  assert.deepEqual(settings.rules, { 'reserved-status': 'warning', 'deprecated-status': 'information' });
});

test('bad values are dropped with a warning instead of poisoning the whole object', () => {
  const { settings, warnings } = toServerSettings({
    rules: { 'no-such-rule': 'off', 'reserved-status': 'loud', 'invalid-status': 'hint' },
    allow: [499, '520', -1, 4.5, 'abc', 499],
    inlayHints: 'yes',
  });
  assert.deepEqual(settings, { rules: { 'invalid-status': 'hint' }, allow: [499, 520] });
  assert.equal(warnings.length, 6, warnings.join('\n'));
  assert.ok(warnings.some((w) => w.includes('unknown rule "no-such-rule"')));
  assert.ok(warnings.some((w) => w.includes('"loud" is not one of off, hint, information, warning, error')));
  assert.ok(warnings.some((w) => w.includes('inlayHints must be true or false')));
});

test('wrong types for whole settings are ignored with a warning', () => {
  const { settings, warnings } = toServerSettings({ rules: ['off'], allow: 499 });
  assert.deepEqual(settings, {});
  assert.equal(warnings.length, 2);
});

test('explicitValue: the most specific scope the user set, never the default', () => {
  assert.equal(explicitValue({ defaultValue: true }), undefined);
  assert.equal(explicitValue({ defaultValue: true, globalValue: false }), false);
  assert.deepEqual(explicitValue({ defaultValue: [], globalValue: [1], workspaceValue: [2] }), [2]);
  assert.deepEqual(
    explicitValue({ defaultValue: [], globalValue: [1], workspaceValue: [2], workspaceFolderValue: [3] }),
    [3],
  );
  assert.equal(explicitValue(undefined), undefined);
});

test('the rule list matches the server\'s rule codes', () => {
  assert.deepEqual(
    RULES.map((r) => r.code),
    [
      'invalid-status',
      'unassigned-status',
      'deprecated-status',
      'reserved-status',
      'nonstandard-status',
      'renamed-constant',
    ],
  );
});
