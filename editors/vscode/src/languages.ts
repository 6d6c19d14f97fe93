// The LSP languageIds the server analyses (server/detect/language.rs), and the few of them that
// VS Code itself does not know. Kept free of `vscode` imports so that node tests can read it.

/** Every languageId the server understands, as VS Code names them. */
export const LANGUAGE_IDS: readonly string[] = [
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
  'csharp',
  'ruby',
  'php',
  'elixir',
  'swift',
  'dart',
  'lua',
  'shellscript',
  'c',
  'cpp',
  'yaml',
  'json',
  'jsonc',
  'nginx',
  'apacheconf',
  'caddyfile',
  'http',
];

/**
 * Languages this extension contributes because VS Code has no such id of its own. Each uses the
 * id that the established grammar extension for it uses (REST Client: `http`, the Caddy
 * extension: `caddyfile`, the nginx and Apache grammars: `nginx`, `apacheconf`), so with one of
 * those installed VS Code merges the two contributions and keeps that extension's highlighting.
 * Only names that can mean nothing else are claimed: never a bare `.conf`.
 */
export const CONTRIBUTED_LANGUAGES: readonly {
  id: string;
  aliases: string[];
  extensions?: string[];
  filenames?: string[];
}[] = [
  { id: 'nginx', aliases: ['nginx'], extensions: ['.nginx'], filenames: ['nginx.conf'] },
  {
    id: 'apacheconf',
    aliases: ['Apache configuration', 'apacheconf'],
    filenames: ['.htaccess', 'httpd.conf', 'apache2.conf'],
  },
  { id: 'caddyfile', aliases: ['Caddyfile', 'caddyfile'], extensions: ['.caddyfile'], filenames: ['Caddyfile'] },
  { id: 'http', aliases: ['HTTP request', 'http'], extensions: ['.http', '.rest'] },
];
