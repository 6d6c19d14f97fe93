-- Neovim 0.11+: `vim.lsp.enable('http_status_lsp')` with this directory on 'runtimepath'.
-- Override anything with vim.lsp.config('http_status_lsp', { cmd = {...}, settings = {...} }).
return require('http_status_lsp').config()
