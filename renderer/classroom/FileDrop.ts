// Drag-and-drop of classroom files onto a screen: each dropped file of the wanted kind is read
// in the renderer (File.text()) and handed to main as text, so no path crosses the bridge.
import type { FileSource } from '../../electron/api';

export type TextFile = Extract<FileSource, { kind: 'text' }>;

export interface DropOptions {
  /** e.g. ['.rqpack'] */
  readonly extensions: readonly string[];
  /** the files of the wanted kind, read; `skipped` names the others */
  readonly onFiles: (files: readonly TextFile[], skipped: readonly string[]) => void;
}

/** Makes `target` a drop zone; it carries the class `dragging` while files hover over it. */
export function acceptDrops(target: HTMLElement, options: DropOptions): void {
  const wanted = (name: string) => options.extensions.some((extension) => name.toLowerCase().endsWith(extension));
  target.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    target.classList.add('dragging');
  });
  target.addEventListener('dragleave', (event) => {
    if (event.target === target) target.classList.remove('dragging');
  });
  target.addEventListener('drop', (event) => {
    event.preventDefault();
    target.classList.remove('dragging');
    const files = [...(event.dataTransfer?.files ?? [])];
    const chosen = files.filter((file) => wanted(file.name));
    const skipped = files.filter((file) => !wanted(file.name)).map((file) => file.name);
    void Promise.all(chosen.map(async (file): Promise<TextFile> => ({ kind: 'text', name: file.name, text: await file.text() }))).then((read) =>
      options.onFiles(read, skipped),
    );
  });
}
