// The editor's program: editable CodeMirror 6 with Python highlighting; the engine's verdict is
// drawn at its line (a marked line and the message under it), the replay's line is marked, and
// a click on a line number picks that line for the question being written.
import { python } from '@codemirror/lang-python';
import { syntaxHighlighting } from '@codemirror/language';
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import type { Extension, Range } from '@codemirror/state';
import { Decoration, EditorView, lineNumbers, WidgetType } from '@codemirror/view';
import type { DecorationSet } from '@codemirror/view';
import { minimalSetup } from 'codemirror';
import type { ProgramProblem } from '../../../electron/api';
import { pythonHighlight } from '../../ui/level/pythonHighlight';

interface Marks {
  readonly problem: ProgramProblem | null;
  readonly stepLine: number | null;
}

const setMarks = StateEffect.define<Partial<Marks>>();

class ProblemWidget extends WidgetType {
  constructor(private readonly problem: ProgramProblem) {
    super();
  }

  override eq(other: ProblemWidget): boolean {
    return other.problem.message === this.problem.message && other.problem.kind === this.problem.kind;
  }

  toDOM(): HTMLElement {
    const box = document.createElement('div');
    box.className = `cm-problem cm-problem-${this.problem.kind}`;
    box.setAttribute('role', 'alert');
    box.textContent = `${this.problem.kind === 'runtime' ? '⚠' : '✗'} ${this.problem.message}`;
    return box;
  }
}

function decorate(state: EditorState, marks: Marks): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  const lines = state.doc.lines;
  if (marks.stepLine !== null && marks.stepLine >= 1 && marks.stepLine <= lines) {
    ranges.push(Decoration.line({ class: 'cm-step-line' }).range(state.doc.line(marks.stepLine).from));
  }
  const problem = marks.problem;
  if (problem) {
    const line = state.doc.line(Math.min(Math.max(problem.line ?? lines, 1), lines));
    if (problem.line !== null) ranges.push(Decoration.line({ class: `cm-problem-line cm-problem-line-${problem.kind}` }).range(line.from));
    ranges.push(Decoration.widget({ widget: new ProblemWidget(problem), block: true, side: 1 }).range(line.to));
  }
  return Decoration.set(ranges, true);
}

const marksField = StateField.define<{ marks: Marks; decorations: DecorationSet }>({
  create: (state) => ({ marks: { problem: null, stepLine: null }, decorations: decorate(state, { problem: null, stepLine: null }) }),
  update(value, transaction) {
    let marks = value.marks;
    for (const effect of transaction.effects) if (effect.is(setMarks)) marks = { ...marks, ...effect.value };
    if (marks === value.marks && !transaction.docChanged) return value;
    return { marks, decorations: decorate(transaction.state, marks) };
  },
  provide: (field) => EditorView.decorations.from(field, (value) => value.decorations),
});


const theme = EditorView.theme(
  {
    '&': { backgroundColor: 'rgba(0, 0, 0, 0.25)', color: '#f5f3ff', fontSize: '16px', borderRadius: '12px' },
    '.cm-content': { fontFamily: '"DejaVu Sans Mono", Menlo, Consolas, monospace', padding: '8px 0', caretColor: '#ffc83d' },
    '.cm-cursor': { borderLeftColor: '#ffc83d', borderLeftWidth: '2px' },
    '.cm-gutters': { backgroundColor: 'transparent', color: '#7d84a8', border: 'none' },
    '.cm-lineNumbers .cm-gutterElement': { cursor: 'pointer' },
    '.cm-lineNumbers .cm-gutterElement:hover': { color: '#ffc83d' },
    '.cm-step-line': { backgroundColor: 'rgba(255, 200, 61, 0.18)', boxShadow: 'inset 4px 0 0 #ffc83d' },
    '.cm-problem-line': { backgroundColor: 'rgba(255, 107, 107, 0.16)' },
    '.cm-problem-line-runtime': { backgroundColor: 'rgba(255, 178, 122, 0.14)' },
    '.cm-problem': { margin: '2px 0 4px 8px', padding: '3px 10px', borderRadius: '8px', fontSize: '14px', fontFamily: 'inherit', whiteSpace: 'pre-wrap' },
    '.cm-problem-syntax, .cm-problem-unsupported': { backgroundColor: 'rgba(255, 107, 107, 0.25)', color: '#ffd0d0' },
    '.cm-problem-runtime': { backgroundColor: 'rgba(255, 178, 122, 0.22)', color: '#ffe2c8' },
    '&.cm-focused': { outline: '2px solid #ffc83d' },
  },
  { dark: true },
);

export interface ProgramEditorEvents {
  /** the text changed (called on every edit; the screen debounces) */
  change(code: string): void;
  /** a line number was clicked */
  pickLine(line: number): void;
}

export class ProgramEditor {
  readonly element: HTMLElement;
  private readonly view: EditorView;

  constructor(code: string, events: ProgramEditorEvents) {
    const extensions: Extension[] = [
      minimalSetup,
      lineNumbers({
        domEventHandlers: {
          mousedown: (view, block) => {
            events.pickLine(view.state.doc.lineAt(block.from).number);
            return true;
          },
        },
      }),
      python(),
      syntaxHighlighting(pythonHighlight),
      theme,
      marksField,
      EditorState.tabSize.of(4),
      EditorView.contentAttributes.of({ 'aria-label': 'Program editor' }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) events.change(update.state.doc.toString());
      }),
    ];
    this.view = new EditorView({ state: EditorState.create({ doc: code, extensions }) });
    this.element = this.view.dom;
  }

  get code(): string {
    return this.view.state.doc.toString();
  }

  get lineCount(): number {
    return this.view.state.doc.lines;
  }

  showProblem(problem: ProgramProblem | null): void {
    this.view.dispatch({ effects: setMarks.of({ problem }) });
  }

  markLine(line: number | null): void {
    this.view.dispatch({ effects: setMarks.of({ stepLine: line }) });
  }

  destroy(): void {
    this.view.destroy();
  }
}
