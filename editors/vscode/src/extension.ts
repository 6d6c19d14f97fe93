// The VS Code client: finds the server, starts it over stdio and keeps its settings in step.

import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';

import { LANGUAGE_IDS } from './languages';
import { findServer } from './serverPath';
import { explicitValue, ServerSettings, toServerSettings } from './settings';

const SECTION = 'httpStatus';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

/** The user's settings for `scope`, mapped to the server's settings object. */
function serverSettings(scope?: vscode.Uri): ServerSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const { settings, warnings } = toServerSettings({
    // An object setting: VS Code merges it across scopes, and its default is `{}`.
    rules: config.get('rules'),
    allow: explicitValue(config.inspect('allow')),
    inlayHints: explicitValue(config.inspect('inlayHints')),
  });
  for (const warning of warnings) {
    output?.appendLine(`[settings] ${warning}`);
  }
  return settings;
}

function workspaceFolderPath(): string | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const channel = output!;
  const found = findServer({
    configuredPath: vscode.workspace.getConfiguration(SECTION).get<string>('server.path'),
    extensionPath: context.extensionPath,
    workspaceFolder: workspaceFolderPath(),
  });
  if (!found.ok) {
    channel.appendLine(`[client] ${found.message}`);
    const choice = await vscode.window.showErrorMessage(found.message, 'Open Settings', 'Show Output');
    if (choice === 'Open Settings') {
      await vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.server.path`);
    } else if (choice === 'Show Output') {
      channel.show();
    }
    return;
  }
  if (found.source === 'bundled' && process.platform !== 'win32') {
    // Unzipping may drop the executable bit; the binary is ours to fix.
    try {
      const mode = fs.statSync(found.path).mode;
      if ((mode & 0o111) === 0) {
        fs.chmodSync(found.path, mode | 0o755);
      }
    } catch (err) {
      channel.appendLine(`[client] could not make ${found.path} executable: ${String(err)}`);
    }
  }
  channel.appendLine(`[client] starting ${found.path} --stdio (found via ${found.source})`);

  const serverOptions: ServerOptions = {
    run: { command: found.path, args: ['--stdio'] },
    debug: { command: found.path, args: ['--stdio'], options: { env: { ...process.env, RUST_BACKTRACE: '1' } } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGE_IDS.map((language) => ({ language })),
    initializationOptions: serverSettings(),
    outputChannel: channel,
    traceOutputChannel: channel,
    // Registers for changes to `httpStatus.*`; the middleware below sends mapped values.
    synchronize: { configurationSection: SECTION },
    middleware: {
      workspace: {
        // The server pulls the `httpStatus` section: answer with the server's shape.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) {
            return answers;
          }
          return params.items.map((item, i) =>
            item.section === SECTION
              ? serverSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)
              : answers[i],
          );
        },
        didChangeConfiguration: async () => {
          await client?.sendNotification(DidChangeConfigurationNotification.type, {
            settings: { [SECTION]: serverSettings() },
          });
        },
      },
    },
  };

  // The id is also the settings prefix the client reads `trace.server` from.
  client = new LanguageClient(SECTION, 'HTTP Status', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (err) {
    channel.appendLine(`[client] the server did not start: ${String(err)}`);
    void vscode.window.showErrorMessage(`HTTP Status: the server at ${found.path} did not start (${String(err)}).`, 'Show Output')
      .then((choice) => choice && channel.show());
  }
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running && running.state !== State.Stopped) {
    await running.stop();
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('HTTP Status');
  context.subscriptions.push(output);

  context.subscriptions.push(
    vscode.commands.registerCommand('httpStatus.restartServer', async () => {
      output?.appendLine('[client] restarting the server');
      await stopClient();
      await startClient(context);
    }),
    vscode.commands.registerCommand('httpStatus.showOutput', () => output?.show(true)),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      // A different binary needs a new process; the other settings travel over LSP.
      if (event.affectsConfiguration(`${SECTION}.server.path`)) {
        await stopClient();
        await startClient(context);
      }
    }),
  );

  await startClient(context);
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
