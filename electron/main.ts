// App lifecycle, the one window, the menu. Thin on purpose: everything that decides lives in
// modules that import no Electron (ipc/, levels/, progress/), shared with the e2e host.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, utilityProcess } from 'electron';
import type { FileFilter, IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OpenPurpose, SavePurpose } from './editor/api-types';
import type { FileDialogs } from './ipc/file-dialogs';
import { MenuCommands } from './ipc/menu-commands';
import { createDispatch, registerAll } from './ipc/register';
import { ScriptedDialogs } from './ipc/scripted-dialogs';
import { claimSingleInstance } from './ipc/single-instance';
import { contentTypeOf, resolveRendererFile } from './ipc/renderer-files';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY } from './ipc/security';
import { createHandlers, openServices } from './ipc/services';
import { utilitySpawner } from './worker/engine-process';
import { EngineWorkers } from './worker/engine-workers';

// This bundle lives in <app>/dist/electron/main.js, inside or outside app.asar.
const appRoot = path.resolve(__dirname, '../..');
// The e2e host points an unpackaged app at its own folders; a packaged app ignores that.
const testOverride = (name: string): string | undefined => (app.isPackaged ? undefined : process.env[name]);
const rendererDir = testOverride('REFQUEST_RENDERER_DIR') ?? path.join(appRoot, 'dist', 'renderer');
const levelsDir =
  testOverride('REFQUEST_LEVELS_DIR') ?? (app.isPackaged ? path.join(process.resourcesPath, 'levels') : path.join(appRoot, 'levels'));
// e2e: file dialogs answered from a folder instead of by a person
const dialogFolder = testOverride('REFQUEST_DIALOG_DIR');
const userDataOverride = testOverride('REFQUEST_USER_DATA');
if (userDataOverride) app.setPath('userData', userDataOverride);
// after the userData folder is set: the lock is per folder
const isOnlyInstance = claimSingleInstance(app, () => BrowserWindow.getAllWindows()[0] ?? null);

// the engine runs in utility processes of the app (electron/worker/), from the bundle beside this one
const engineSpawner = utilitySpawner((file, args, options) => utilityProcess.fork(file, args, options), path.join(__dirname, 'engine-worker.js'));

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

async function serveRendererFile(request: Request): Promise<Response> {
  const file = resolveRendererFile(rendererDir, new URL(request.url));
  if (!file) return new Response('not found', { status: 404 });
  const response = await net.fetch(pathToFileURL(file).toString());
  if (!response.ok) return new Response('not found', { status: 404 });
  return new Response(response.body, {
    headers: { 'content-type': contentTypeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY },
  });
}

function senderOf(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  return { url: frame?.url ?? '', isMainFrame: frame !== null && frame === event.sender.mainFrame };
}

function lockDownSessions(): void {
  const ownSession = session.defaultSession;
  ownSession.setPermissionRequestHandler((_contents, _permission, decide) => decide(false));
  ownSession.setPermissionCheckHandler(() => false);
  // No remote content: only our own scheme (and devtools) may load anything.
  ownSession.webRequest.onBeforeRequest((details, decide) => {
    const allowed = details.url.startsWith(`${APP_ORIGIN}/`) || details.url.startsWith('devtools://');
    decide({ cancel: !allowed });
  });
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

const FILTERS: Record<OpenPurpose | SavePurpose, FileFilter> = {
  pack: { name: 'RefQuest challenge pack', extensions: ['rqpack'] },
  results: { name: 'RefQuest challenge results', extensions: ['rqresult'] },
  result: { name: 'RefQuest challenge result', extensions: ['rqresult'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
};

/** Electron's native dialogs, attached to the app's window. */
const nativeDialogs: FileDialogs = {
  async openFiles(purpose) {
    const options: Electron.OpenDialogOptions = {
      title: purpose === 'pack' ? 'Open a challenge pack' : 'Open result files',
      filters: [FILTERS[purpose]],
      properties: purpose === 'pack' ? ['openFile'] : ['openFile', 'multiSelections'],
    };
    const owner = BrowserWindow.getFocusedWindow();
    const chosen = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return chosen.canceled ? [] : chosen.filePaths;
  },
  async saveFile(purpose, suggestedName) {
    const options: Electron.SaveDialogOptions = {
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters: [FILTERS[purpose]],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const owner = BrowserWindow.getFocusedWindow();
    const chosen = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
  },
};

const menuCommands = new MenuCommands();

function buildMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { label: 'Game', submenu: [{ role: 'quit' }] },
    {
      label: 'Classroom',
      submenu: [
        { label: 'Import pack…', accelerator: 'CmdOrCtrl+O', click: () => menuCommands.send('import-pack') },
        { label: 'Open results…', accelerator: 'CmdOrCtrl+Shift+O', click: () => menuCommands.send('open-results') },
        { type: 'separator' },
        { label: 'Level editor', click: () => menuCommands.send('level-editor') },
        { label: 'Classroom', click: () => menuCommands.send('classroom') },
      ],
    },
    { label: 'View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#14161f',
    title: 'RefQuest',
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();
  protocol.handle(APP_SCHEME, serveRendererFile);
  lockDownSessions();
  const engine = new EngineWorkers({ spawn: engineSpawner });
  engine.prestart();
  const services = await openServices({ userDataDir: app.getPath('userData'), levelsDir, engine });
  const dialogs = dialogFolder ? new ScriptedDialogs(dialogFolder) : nativeDialogs;
  const handlers = createHandlers(services, { dialogs, menu: menuCommands });
  const dispatch = createDispatch(handlers, { kind: 'origin', origin: APP_ORIGIN }, (channel, error) =>
    console.error(`[refquest] ${channel} failed:`, error),
  );
  registerAll((channel, listener) => ipcMain.handle(channel, listener), senderOf, dispatch);
  buildMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

if (isOnlyInstance) {
  start().catch((error: unknown) => {
    console.error('[refquest] failed to start:', error);
    // a person launched the app: tell them why no window opens
    dialog.showErrorBox('RefQuest could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
