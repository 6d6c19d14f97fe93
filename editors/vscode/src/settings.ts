// Maps the extension's `httpStatus.*` settings onto the server's settings object
// (server/config.rs): `{ rules: { <rule>: <level> }, allow: number[], inlayHints: boolean }`.
// No `vscode` import: node tests exercise it directly.

/** The server's rule codes, with the severity each has when nothing configures it. */
export const RULES: readonly { code: string; defaultLevel: Level; description: string }[] = [
  { code: 'invalid-status', defaultLevel: 'error', description: 'A status code outside 100–599, which HTTP does not allow.' },
  { code: 'unassigned-status', defaultLevel: 'warning', description: 'A code IANA has not registered and no well-known vendor uses.' },
  { code: 'deprecated-status', defaultLevel: 'warning', description: 'A registered code that is deprecated (102 Processing, 305 Use Proxy, 510 Not Extended).' },
  { code: 'reserved-status', defaultLevel: 'warning', description: 'A code the registry reserves and that must not be sent (306, 418).' },
  { code: 'nonstandard-status', defaultLevel: 'information', description: 'A vendor code (nginx 499, Cloudflare 52x, …) that is not in the IANA registry.' },
  { code: 'renamed-constant', defaultLevel: 'hint', description: 'A status constant its library renamed (HTTPStatus.UNPROCESSABLE_ENTITY → UNPROCESSABLE_CONTENT, :payload_too_large → :content_too_large).' },
];

export const LEVELS = ['off', 'hint', 'information', 'warning', 'error'] as const;
export type Level = (typeof LEVELS)[number];

/** What the server reads. Absent keys leave the server's own value (or `.http-status.toml`'s). */
export interface ServerSettings {
  rules?: Record<string, Level>;
  allow?: number[];
  inlayHints?: boolean;
}

/**
 * The extension's settings as the user set them. `undefined` means "not set anywhere", which is
 * different from "set to the default": only what the user set is sent, so that a project's
 * `.http-status.toml` is not overridden by VS Code's defaults.
 */
export interface UserSettings {
  rules?: unknown;
  allow?: unknown;
  inlayHints?: unknown;
}

/** The shape of `WorkspaceConfiguration.inspect()` that matters here. */
export interface Inspected<T> {
  defaultValue?: T;
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

/** The most specific value the user set, or `undefined` when only the default applies. */
export function explicitValue<T>(inspected: Inspected<T> | undefined): T | undefined {
  if (!inspected) {
    return undefined;
  }
  return inspected.workspaceFolderValue ?? inspected.workspaceValue ?? inspected.globalValue;
}

const ALIASES: Record<string, Level> = { info: 'information', warn: 'warning' };

/**
 * Builds the server's settings object. Values the server would reject are left out and named in
 * `warnings` (one bad value would otherwise make the server ignore the whole object).
 */
export function toServerSettings(user: UserSettings): { settings: ServerSettings; warnings: string[] } {
  const settings: ServerSettings = {};
  const warnings: string[] = [];

  if (user.rules !== undefined && user.rules !== null) {
    if (typeof user.rules !== 'object' || Array.isArray(user.rules)) {
      warnings.push('httpStatus.rules must be an object of rule code → level; ignoring it');
    } else {
      const rules: Record<string, Level> = {};
      const known = new Set(RULES.map((r) => r.code));
      for (const [code, raw] of Object.entries(user.rules as Record<string, unknown>)) {
        if (raw === 'default' || raw === undefined || raw === null) {
          continue;
        }
        if (!known.has(code)) {
          warnings.push(`httpStatus.rules: unknown rule "${code}" (known: ${[...known].join(', ')})`);
          continue;
        }
        const level = typeof raw === 'string' ? (ALIASES[raw] ?? raw) : raw;
        if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) {
          warnings.push(`httpStatus.rules.${code}: "${String(raw)}" is not one of ${LEVELS.join(', ')}`);
          continue;
        }
        rules[code] = level as Level;
      }
      if (Object.keys(rules).length > 0) {
        settings.rules = rules;
      }
    }
  }

  if (user.allow !== undefined && user.allow !== null) {
    if (!Array.isArray(user.allow)) {
      warnings.push('httpStatus.allow must be a list of status codes; ignoring it');
    } else {
      const allow: number[] = [];
      for (const item of user.allow) {
        const code = typeof item === 'string' && /^\d+$/.test(item.trim()) ? Number(item.trim()) : item;
        if (typeof code === 'number' && Number.isInteger(code) && code >= 0 && code <= 0xffffffff) {
          if (!allow.includes(code)) {
            allow.push(code);
          }
        } else {
          warnings.push(`httpStatus.allow: ${JSON.stringify(item)} is not a status code`);
        }
      }
      settings.allow = allow;
    }
  }

  if (user.inlayHints !== undefined && user.inlayHints !== null) {
    if (typeof user.inlayHints === 'boolean') {
      settings.inlayHints = user.inlayHints;
    } else {
      warnings.push('httpStatus.inlayHints must be true or false; ignoring it');
    }
  }

  return { settings, warnings };
}
