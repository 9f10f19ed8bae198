// The renderer's side of main's file dialogs: main shows them and remembers the chosen paths,
// which are the only ones the classroom channels accept.
import type { FileSource, OpenPurpose, SavePurpose } from '../../electron/api';
import { callApi } from '../utils/api';

/** The files picked in an Open dialog, as sources for the classroom channels ([] if cancelled). */
export async function openFiles(purpose: OpenPurpose): Promise<FileSource[]> {
  const { paths } = await callApi('dialog:open-files', { purpose });
  return paths.map((path) => ({ kind: 'path', path }));
}

/** A path picked in a Save dialog, or null if cancelled. */
export async function saveFile(purpose: SavePurpose, suggestedName: string): Promise<string | null> {
  return (await callApi('dialog:save-file', { purpose, suggestedName })).path;
}

/** The name a file source shows in lists. */
export function sourceName(source: FileSource): string {
  return source.kind === 'text' ? source.name : (source.path.split(/[\\/]/).pop() ?? source.path);
}
