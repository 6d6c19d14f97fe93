-- http-status-lsp for Neovim: the client configuration, shared by lsp/http_status_lsp.lua
-- (Neovim 0.11+, vim.lsp.config / vim.lsp.enable) and setup() below (Neovim 0.10, vim.lsp.start).

local M = {}

-- Neovim filetype -> the LSP languageId the server expects (server/detect/language.rs).
-- Filetypes not listed here are sent as they are: Neovim's name and the languageId agree.
M.language_ids = {
  sh = 'shellscript',
  bash = 'shellscript',
  zsh = 'shellscript',
  cs = 'csharp',
  apache = 'apacheconf',
}

-- Every Neovim filetype the server analyses. `caddyfile` is not a built-in filetype: a Caddy
-- plugin provides it, or setup() can add it (see `caddyfile_filetype`).
M.filetypes = {
  'python',
  'javascript',
  'javascriptreact',
  'typescript',
  'typescriptreact',
  'go',
  'rust',
  'java',
  'kotlin',
  'scala',
  'cs',
  'ruby',
  'php',
  'elixir',
  'swift',
  'dart',
  'lua',
  'sh',
  'bash',
  'zsh',
  'c',
  'cpp',
  'yaml',
  'json',
  'jsonc',
  'nginx',
  'apache',
  'caddyfile',
  'http',
}

M.root_markers = { '.http-status.toml', '.git' }

function M.get_language_id(_, filetype)
  return M.language_ids[filetype] or filetype
end

-- Settings go in `settings.httpStatus` ({ rules = {...}, allow = {...}, inlayHints = bool }):
-- the server pulls that section with workspace/configuration. Unless init_options are given,
-- the same table is sent as initializationOptions, so the first diagnostics already use it.
local function before_init(params, config)
  local settings = config.settings and config.settings.httpStatus
  if settings ~= nil and (params.initializationOptions == nil or vim.tbl_isempty(params.initializationOptions)) then
    params.initializationOptions = settings
  end
end

--- The client configuration. `overrides` replaces keys of the defaults (`cmd`, `filetypes`, …);
--- `settings` and `init_options` are merged key by key.
function M.config(overrides)
  local config = {
    name = 'http_status_lsp',
    cmd = { 'http-status-lsp', '--stdio' },
    filetypes = vim.deepcopy(M.filetypes),
    root_markers = vim.deepcopy(M.root_markers),
    get_language_id = M.get_language_id,
    before_init = before_init,
  }
  for key, value in pairs(overrides or {}) do
    if (key == 'settings' or key == 'init_options') and type(value) == 'table' and type(config[key]) == 'table' then
      config[key] = vim.tbl_deep_extend('force', config[key], value)
    else
      config[key] = value
    end
  end
  return config
end

local function caddyfile_filetype()
  -- Only when nothing else (a Caddy plugin, the user) already recognises Caddyfiles.
  if vim.filetype.match({ filename = 'Caddyfile' }) == nil then
    vim.filetype.add({ filename = { Caddyfile = 'caddyfile' }, extension = { caddyfile = 'caddyfile' } })
  end
end

--- For Neovim 0.10 (works on 0.11 too): starts the server on FileType for the supported
--- filetypes, one client per project root. `opts` is merged over the defaults like M.config();
--- `opts.caddyfile_filetype = false` leaves Caddyfile detection alone.
function M.setup(opts)
  opts = vim.deepcopy(opts or {})
  local add_caddyfile = opts.caddyfile_filetype ~= false
  opts.caddyfile_filetype = nil
  if add_caddyfile then
    caddyfile_filetype()
  end
  local config = M.config(opts)
  local filetypes = config.filetypes
  local markers = config.root_markers
  config.filetypes = nil
  config.root_markers = nil

  local group = vim.api.nvim_create_augroup('http_status_lsp', { clear = true })
  local function start(bufnr)
    if vim.bo[bufnr].buftype ~= '' then
      return
    end
    local start_config = vim.deepcopy(config)
    start_config.root_dir = start_config.root_dir or vim.fs.root(bufnr, markers)
    vim.lsp.start(start_config, { bufnr = bufnr })
  end
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = filetypes,
    callback = function(args)
      start(args.buf)
    end,
  })
  -- Buffers that were already open when setup() ran.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(filetypes, vim.bo[bufnr].filetype) then
      start(bufnr)
    end
  end
end

return M
