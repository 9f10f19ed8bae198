// The only files the classroom channels may touch: those the person picked in one of main's
// file dialogs (open: read; save: write). A renderer that names any other path is refused, so a
// compromised page cannot read or overwrite files through these channels.
import path from 'node:path';
import type { FileSource, PackSource } from '../classroom/channel-schemas';
import { ApiFailure } from './failure';
import type { HandlerTable } from './register';

export class ChosenPaths {
  private readonly readable = new Set<string>();
  private readonly writable = new Set<string>();

  allowRead(paths: readonly string[]): void {
    for (const file of paths) this.readable.add(path.resolve(file));
  }

  allowWrite(file: string): void {
    this.writable.add(path.resolve(file));
  }

  requireReadable(file: string): void {
    if (!this.readable.has(path.resolve(file))) throw new ApiFailure('bad-argument', `"${path.basename(file)}" was not chosen in an Open dialog`);
  }

  requireWritable(file: string): void {
    if (!this.writable.has(path.resolve(file))) throw new ApiFailure('bad-argument', `"${path.basename(file)}" was not chosen in a Save dialog`);
  }

  requireSource(source: FileSource | PackSource): void {
    if (source.kind === 'path') this.requireReadable(source.path);
  }
}

type GuardedChannels = 'classroom:import-pack' | 'classroom:export-pack' | 'classroom:save-result' | 'classroom:grade' | 'classroom:export-csv';

/** The table with every path-taking classroom channel checked against the dialogs' choices. */
export function guardChosenPaths(table: HandlerTable, chosen: ChosenPaths): HandlerTable {
  const guarded: Pick<HandlerTable, GuardedChannels> = {
    'classroom:import-pack': (arg) => {
      chosen.requireSource(arg.file);
      return table['classroom:import-pack'](arg);
    },
    'classroom:export-pack': (arg) => {
      chosen.requireWritable(arg.path);
      return table['classroom:export-pack'](arg);
    },
    'classroom:save-result': (arg) => {
      chosen.requireWritable(arg.path);
      return table['classroom:save-result'](arg);
    },
    'classroom:grade': (arg) => {
      chosen.requireSource(arg.pack);
      arg.results.forEach((result) => chosen.requireSource(result));
      return table['classroom:grade'](arg);
    },
    'classroom:export-csv': (arg) => {
      chosen.requireSource(arg.pack);
      arg.results.forEach((result) => chosen.requireSource(result));
      chosen.requireWritable(arg.path);
      return table['classroom:export-csv'](arg);
    },
  };
  return { ...table, ...guarded };
}
