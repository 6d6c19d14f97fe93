// Where the server binary is. No `vscode` import: node tests exercise it directly.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const BINARY_NAME = 'http-status-lsp';

export interface LookupInput {
  /** `httpStatus.server.path`, as the user wrote it (may be empty). */
  configuredPath?: string;
  /** The extension's install folder. */
  extensionPath: string;
  /** The first workspace folder, for a relative `httpStatus.server.path`. */
  workspaceFolder?: string;
  platform?: NodeJS.Platform;
  arch?: string;
  /** The PATH (and on Windows PATHEXT) to search. */
  env?: Record<string, string | undefined>;
  /** Whether a regular file exists at a path; replaceable in tests. */
  isFile?: (p: string) => boolean;
  homeDir?: string;
}

export type LookupResult =
  | { ok: true; path: string; source: 'setting' | 'bundled' | 'PATH' }
  | { ok: false; message: string };

function defaultIsFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The folder inside the extension that holds the binary built for this platform. */
export function bundledPath(extensionPath: string, platform: string, arch: string): string {
  const exe = platform === 'win32' ? `${BINARY_NAME}.exe` : BINARY_NAME;
  return path.join(extensionPath, 'server', `${platform}-${arch}`, exe);
}

/** Looks for the server: the setting, then the bundled binary, then PATH. */
export function findServer(input: LookupInput): LookupResult {
  const platform = input.platform ?? process.platform;
  const arch = input.arch ?? process.arch;
  const env = input.env ?? process.env;
  const isFile = input.isFile ?? defaultIsFile;
  const pathApi = platform === 'win32' ? path.win32 : path.posix;

  const configured = (input.configuredPath ?? '').trim();
  if (configured !== '') {
    let resolved = configured;
    if (resolved === '~' || resolved.startsWith('~/') || resolved.startsWith('~\\')) {
      resolved = pathApi.join(input.homeDir ?? os.homedir(), resolved.slice(1));
    } else if (!pathApi.isAbsolute(resolved) && input.workspaceFolder) {
      resolved = pathApi.join(input.workspaceFolder, resolved);
    }
    if (isFile(resolved)) {
      return { ok: true, path: resolved, source: 'setting' };
    }
    // The user asked for this binary: say so rather than quietly run another one.
    return {
      ok: false,
      message:
        `httpStatus.server.path is set to "${configured}", but there is no file at ${resolved}. ` +
        'Fix the path, or clear the setting to use the bundled server or the one on PATH.',
    };
  }

  const bundled = bundledPath(input.extensionPath, platform, arch);
  if (isFile(bundled)) {
    return { ok: true, path: bundled, source: 'bundled' };
  }

  const pathVar = (platform === 'win32' ? (env.Path ?? env.PATH) : env.PATH) ?? '';
  const separator = platform === 'win32' ? ';' : ':';
  const suffixes =
    platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').filter(Boolean)] : [''];
  for (const dir of pathVar.split(separator)) {
    if (dir === '') {
      continue;
    }
    for (const suffix of suffixes) {
      const candidate = pathApi.join(dir, BINARY_NAME + suffix.toLowerCase());
      if (isFile(candidate)) {
        return { ok: true, path: candidate, source: 'PATH' };
      }
    }
  }

  return {
    ok: false,
    message:
      `Could not find the ${BINARY_NAME} server: this extension has no binary for ${platform}-${arch} ` +
      `and there is no ${BINARY_NAME} on PATH. Build it from the http-status-lsp repository ` +
      '(`cargo install --path .` puts it on PATH; `cargo build --release` leaves it in target/release/), ' +
      'or set httpStatus.server.path to the binary, ' +
      'and run "HTTP Status: Restart Server".',
  };
}
