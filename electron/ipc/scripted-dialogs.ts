// File dialogs without a person: the e2e host's stand-in for Electron's (main uses it too when an
// unpackaged app is given REFQUEST_DIALOG_DIR, so specs behave alike in Chromium and Electron).
// Save answers the suggested name inside one folder; Open answers the folder's files of the
// purpose's kind, in name order (one for a pack).
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { OpenPurpose, SavePurpose } from '../editor/api-types';
import type { FileDialogs } from './file-dialogs';
import { PURPOSE_EXTENSION } from './file-dialogs';

export class ScriptedDialogs implements FileDialogs {
  constructor(readonly folder: string) {}

  async openFiles(purpose: OpenPurpose): Promise<readonly string[]> {
    const names = (await readdir(this.folder)).filter((name) => name.toLowerCase().endsWith(PURPOSE_EXTENSION[purpose])).sort();
    return (purpose === 'pack' ? names.slice(0, 1) : names).map((name) => path.join(this.folder, name));
  }

  async saveFile(_purpose: SavePurpose, suggestedName: string): Promise<string | null> {
    return path.join(this.folder, suggestedName);
  }
}
