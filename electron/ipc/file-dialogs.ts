// The dialog:* channels: main shows a native Open or Save dialog and returns what the person
// chose, remembering it in ChosenPaths (the classroom channels touch nothing else). The dialogs
// themselves come from the host: Electron's in main, a scripted folder in tests.
import path from 'node:path';
import type { OpenPurpose, SavePurpose } from '../editor/api-types';
import type { ChosenPaths } from './chosen-paths';
import type { HandlerTable } from './register';

export interface FileDialogs {
  /** absolute paths, [] when cancelled */
  openFiles(purpose: OpenPurpose): Promise<readonly string[]>;
  /** an absolute path, or null when cancelled */
  saveFile(purpose: SavePurpose, suggestedName: string): Promise<string | null>;
}

/** The extension each purpose's files carry (the save dialog adds it when the name lacks it). */
export const PURPOSE_EXTENSION: Readonly<Record<OpenPurpose | SavePurpose, string>> = {
  pack: '.rqpack',
  results: '.rqresult',
  result: '.rqresult',
  csv: '.csv',
};

/** A suggested name stripped to a plain file name with the purpose's extension. */
export function cleanSuggestedName(purpose: SavePurpose, suggested: string): string {
  const extension = PURPOSE_EXTENSION[purpose];
  const base = path.basename(suggested.replace(/\\/g, '/')).replace(/[:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'untitled';
  return base.toLowerCase().endsWith(extension) ? base : `${base}${extension}`;
}

export function dialogHandlers(dialogs: FileDialogs, chosen: ChosenPaths): Pick<HandlerTable, 'dialog:open-files' | 'dialog:save-file'> {
  return {
    'dialog:open-files': async ({ purpose }) => {
      const paths = [...(await dialogs.openFiles(purpose))];
      chosen.allowRead(paths);
      return { paths };
    },
    'dialog:save-file': async ({ purpose, suggestedName }) => {
      let target = await dialogs.saveFile(purpose, cleanSuggestedName(purpose, suggestedName));
      if (target !== null && path.extname(target).toLowerCase() !== PURPOSE_EXTENSION[purpose]) target += PURPOSE_EXTENSION[purpose];
      if (target !== null) chosen.allowWrite(target);
      return { path: target };
    },
  };
}
