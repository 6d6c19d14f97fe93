-- End-to-end test of the Neovim client in real headless Neovim (0.11+):
--   nvim --headless --clean -l editors/neovim/test/e2e.lua enable   # lsp/ + vim.lsp.enable
--   nvim --headless --clean -l editors/neovim/test/e2e.lua setup    # require(...).setup()
-- `enable` finds `http-status-lsp` on PATH, exactly as the shipped config says; `setup` is given
-- the binary in `cmd` ($HTTP_STATUS_LSP). Every wait is bounded; any failure exits non-zero.

local mode = arg[1] or 'enable'
local here = vim.fs.dirname(vim.fs.abspath(debug.getinfo(1, 'S').source:sub(2)))
local plugin_dir = vim.fs.dirname(here)
local repo_dir = vim.fs.dirname(vim.fs.dirname(plugin_dir))

vim.opt.runtimepath:prepend(plugin_dir)
vim.cmd('filetype on')

local passed, failed = 0, 0
local function log(fmt, ...)
  io.stderr:write(string.format(fmt, ...) .. '\n')
end

local function check(name, fn)
  local ok, err = xpcall(fn, debug.traceback)
  if ok then
    passed = passed + 1
    log('ok - %s', name)
  else
    failed = failed + 1
    log('not ok - %s\n  %s', name, tostring(err):gsub('\n', '\n  '))
  end
  return ok
end

local function wait_for(what, ms, cond)
  local value
  local ok = vim.wait(ms, function()
    value = cond()
    return value ~= nil and value ~= false
  end, 20)
  if not ok then
    error(('timed out after %d ms waiting for %s'):format(ms, what), 2)
  end
  return value
end

local function eq(actual, expected, what)
  if not vim.deep_equal(actual, expected) then
    error(('%s: expected %s, got %s'):format(what, vim.inspect(expected), vim.inspect(actual)), 2)
  end
end

-- A project folder with the root marker and two source files.
local root = vim.fs.normalize(vim.fn.tempname())
vim.fn.mkdir(root, 'p')
root = vim.uv.fs_realpath(root)
local function write(name, lines)
  vim.fn.writefile(lines, root .. '/' .. name)
end
write('.http-status.toml', { '# the project root, for root_markers' })
write('views.py', {
  'from flask import abort', --             0
  'import time', --                         1
  '', --                                    2
  'def teapot():', --                       3
  '    abort(418)', --                      4
  '', --                                    5
  'def missing():', --                      6
  '    abort(404)', --                      7
  '', --                                    8
  'def slow():', --                         9
  '    time.sleep(500)', --                 10
})
write('app.js', {
  "app.get('/users/:id', (req, res) => {",
  '  res.status(',
  '});',
})

local client_settings = { httpStatus = { rules = { ['reserved-status'] = 'error' } } }
if mode == 'enable' then
  vim.lsp.enable('http_status_lsp')
elseif mode == 'setup' then
  local bin = assert(os.getenv('HTTP_STATUS_LSP'), 'set HTTP_STATUS_LSP to the server binary for the setup test')
  require('http_status_lsp').setup({ cmd = { bin, '--stdio' }, settings = client_settings })
else
  error('unknown mode ' .. mode)
end

local function client_for(bufnr)
  return wait_for('the http_status_lsp client to attach', 10000, function()
    local client = vim.lsp.get_clients({ bufnr = bufnr, name = 'http_status_lsp' })[1]
    return client and client.initialized and client or nil
  end)
end

local function reserved(bufnr)
  return vim.tbl_filter(function(d)
    return d.code == 'reserved-status'
  end, vim.diagnostic.get(bufnr))
end

-- `col` is a byte column and may be just past the line's end (where insert mode puts the cursor
-- after typing `res.status(`), which a normal-mode cursor cannot reach: build the position here.
local function request(client, bufnr, method, line, col)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = line, character = vim.lsp.util.character_offset(bufnr, line, col, client.offset_encoding) },
  }
  local response, err = client:request_sync(method, params, 5000, bufnr)
  if not response then
    error(('%s: no response (%s)'):format(method, tostring(err)))
  end
  if response.err then
    error(('%s: %s'):format(method, vim.inspect(response.err)))
  end
  return response.result
end

local py_buf, client
local ok = check('the client attaches to a Python buffer, at the project root', function()
  vim.cmd.edit(vim.fn.fnameescape(root .. '/views.py'))
  py_buf = vim.api.nvim_get_current_buf()
  eq(vim.bo[py_buf].filetype, 'python', 'filetype')
  client = client_for(py_buf)
  eq(client.root_dir, root, 'root_dir')
  eq(client.server_info and client.server_info.name, 'http-status-lsp', 'serverInfo.name')
end)

if ok then
  check('vim.diagnostic.get() reports 418 as reserved', function()
    local found = wait_for('a reserved-status diagnostic (418)', 10000, function()
      return reserved(py_buf)[1]
    end)
    eq(found.source, 'http-status', 'source')
    eq(found.lnum, 4, 'line')
    eq(found.col, 10, 'column')
    local expected = mode == 'setup' and vim.diagnostic.severity.ERROR or vim.diagnostic.severity.WARN
    eq(found.severity, expected, 'severity (setup mode sets reserved-status = error)')
    assert(vim.startswith(found.message, '418 is reserved'), 'message: ' .. found.message)
  end)

  check('hover on the 404 of abort(404) is markdown starting "### 404 Not Found"', function()
    local result = request(client, py_buf, 'textDocument/hover', 7, 11)
    assert(result, 'no hover on 404')
    eq(result.contents.kind, 'markdown', 'contents.kind')
    assert(vim.startswith(result.contents.value, '### 404 Not Found'), 'hover: ' .. result.contents.value)
  end)

  check('vim.lsp.buf.hover() shows the explanation in a floating window', function()
    vim.api.nvim_win_set_cursor(0, { 8, 11 }) -- on the 404 of abort(404)
    vim.lsp.buf.hover()
    local float = wait_for('the hover window', 5000, function()
      for _, win in ipairs(vim.api.nvim_list_wins()) do
        if vim.api.nvim_win_get_config(win).relative ~= '' then
          return win
        end
      end
    end)
    local text = table.concat(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(float), 0, -1, false), '\n')
    assert(text:find('404 Not Found', 1, true), 'hover window shows: ' .. text)
    vim.api.nvim_win_close(float, true)
  end)

  check('no hover on the 500 of time.sleep(500)', function()
    local result = request(client, py_buf, 'textDocument/hover', 10, 16)
    eq(result, nil, 'hover on 500')
  end)

  if mode == 'enable' then
    check('changed settings reach the server: allow = { 418 } clears the diagnostic', function()
      assert(#reserved(py_buf) > 0, 'precondition: the 418 diagnostic is there before the change')
      client.settings = { httpStatus = { allow = { 418 } } }
      client:notify('workspace/didChangeConfiguration', { settings = client.settings })
      wait_for('the 418 diagnostic to go away', 10000, function()
        return #reserved(py_buf) == 0
      end)
    end)
  end

  check('completion inside res.status( offers 404 Not Found and 200 OK (JavaScript)', function()
    vim.cmd.edit(vim.fn.fnameescape(root .. '/app.js'))
    local js_buf = vim.api.nvim_get_current_buf()
    eq(vim.bo[js_buf].filetype, 'javascript', 'filetype')
    local js_client = client_for(js_buf)
    eq(js_client.id, client.id, 'one client per root')
    local result = request(js_client, js_buf, 'textDocument/completion', 1, #'  res.status(')
    local items = result and (result.items or result) or {}
    local details = {}
    for _, item in ipairs(items) do
      details[item.label] = item.detail
    end
    eq(details['404'], 'Not Found', '404 item (labels: ' .. table.concat(vim.tbl_keys(details), ' ') .. ')')
    eq(details['200'], 'OK', '200 item')
  end)
end

check('Neovim filetypes map to languageIds the server knows', function()
  local source = table.concat(vim.fn.readfile(repo_dir .. '/server/detect/language.rs'), '\n')
  local from_id = source:match('fn from_language_id(.-)fn from_path')
  local known = {}
  for id in from_id:gmatch('"([%w]+)"') do
    known[id] = true
  end
  local config = require('http_status_lsp').config()
  for _, ft in ipairs(config.filetypes) do
    local id = config.get_language_id(0, ft)
    assert(known[id], ('filetype %s is sent as languageId %q, which the server does not know'):format(ft, id))
  end
  -- The names Neovim itself gives these files are the ones listed.
  local samples = {
    { 'x.cs', 'cs', { 'class A {}' } },
    { 'x.sh', 'sh', { '#!/bin/sh' } },
    { 'run.bash', 'sh', { '#!/usr/bin/env bash' } },
    { '.zshrc', 'zsh', { 'export A=1' } },
    { '.htaccess', 'apache', { 'ErrorDocument 404 /404.html' } },
    { 'nginx.conf', 'nginx', { 'events {}' } },
    { 'x.http', 'http', { 'GET /' } },
    { 'x.jsonc', 'jsonc', { '{}' } },
    { 'x.tsx', 'typescriptreact', { 'export {}' } },
    { 'x.kt', 'kotlin', { 'fun main() {}' } },
    { 'x.exs', 'elixir', { 'IO.puts(1)' } },
    { 'x.yml', 'yaml', { 'a: 1' } },
  }
  for _, sample in ipairs(samples) do
    local name, expected, contents = sample[1], sample[2], sample[3]
    local ft = vim.filetype.match({ filename = '/tmp/project/' .. name, contents = contents })
    eq(ft, expected, 'filetype of ' .. name)
    assert(vim.tbl_contains(config.filetypes, ft), ft .. ' is not in filetypes')
  end
  eq(config.get_language_id(0, 'cs'), 'csharp', 'cs')
  eq(config.get_language_id(0, 'bash'), 'shellscript', 'bash')
end)

if client then
  check('the client stops cleanly', function()
    client:stop()
    wait_for('the client to stop', 5000, function()
      return client:is_stopped()
    end)
  end)
end

vim.fn.delete(root, 'rf')
log('neovim e2e (%s): %d passed, %d failed', mode, passed, failed)
os.exit(failed == 0 and 0 or 1)
