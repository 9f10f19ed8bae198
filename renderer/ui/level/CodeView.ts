// The level's program: read-only CodeMirror 6 with Python highlighting, line numbers, and a
// marker on the line the replay is at.
import { python } from '@codemirror/lang-python';
import { syntaxHighlighting } from '@codemirror/language';
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import { Decoration, EditorView, lineNumbers } from '@codemirror/view';
import type { DecorationSet } from '@codemirror/view';
import { pythonHighlight } from './pythonHighlight';

const markLine = StateEffect.define<number | null>();

const markedLine = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, transaction) {
    let next = decorations.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(markLine)) continue;
      const line = effect.value;
      next =
        line === null || line < 1 || line > transaction.state.doc.lines
          ? Decoration.none
          : Decoration.set([Decoration.line({ class: 'cm-step-line' }).range(transaction.state.doc.line(line).from)]);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});


const gameTheme = EditorView.theme(
  {
    '&': { backgroundColor: 'transparent', color: '#f5f3ff', fontSize: '16px' },
    '.cm-content': { fontFamily: '"DejaVu Sans Mono", Menlo, Consolas, monospace', padding: '8px 0' },
    '.cm-gutters': { backgroundColor: 'transparent', color: '#7d84a8', border: 'none' },
    '.cm-step-line': { backgroundColor: 'rgba(255, 200, 61, 0.18)', boxShadow: 'inset 4px 0 0 #ffc83d' },
  },
  { dark: true },
);

export class CodeView {
  readonly element: HTMLElement;
  private readonly view: EditorView;

  constructor(code: string) {
    const extensions: Extension[] = [
      lineNumbers(),
      python(),
      syntaxHighlighting(pythonHighlight),
      gameTheme,
      markedLine,
      EditorState.readOnly.of(true),
      EditorView.editable.of(false),
      EditorView.contentAttributes.of({ 'aria-label': 'Program code' }),
    ];
    this.view = new EditorView({ state: EditorState.create({ doc: code.replace(/\n$/, ''), extensions }) });
    this.element = this.view.dom;
  }

  /** Marks the 1-based line the replay is at, or clears the marker. */
  markLine(line: number | null): void {
    this.view.dispatch({ effects: markLine.of(line) });
  }

  /** The line marked now (for tests and the step label). */
  get markedLine(): number | null {
    const iterator = this.view.state.field(markedLine).iter();
    return iterator.value ? this.view.state.doc.lineAt(iterator.from).number : null;
  }

  destroy(): void {
    this.view.destroy();
  }
}
