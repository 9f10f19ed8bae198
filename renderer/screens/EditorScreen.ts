// The level editor: the teacher writes a program (the engine's errors appear at their line as
// they type), scrubs its heap step by step, writes questions by pointing (a line number, an
// object in the diagram, a name), sees the engine's answers, test-plays a level, and exports
// a pack of edited and campaign levels.
import { Container } from 'pixi.js';
import type { EditorSolveResult, ProgramCheck } from '../../electron/api';
import type { Snapshot } from '../../electron/api';
import '../classroom/classroom.css';
import { editorDrafts } from '../classroom/editor/editorDrafts';
import { ExportPanel } from '../classroom/editor/ExportPanel';
import { emptyDraft, toLevels } from '../classroom/editor/levelDraft';
import type { LevelDraft } from '../classroom/editor/levelDraft';
import { globalNames } from '../classroom/editor/objectPath';
import { PickingHeap } from '../classroom/editor/PickingHeap';
import { ProgramEditor } from '../classroom/editor/ProgramEditor';
import { QuestionList } from '../classroom/editor/QuestionList';
import { ReplayPanel } from '../classroom/ReplayPanel';
import { ScreenBackdrop } from '../classroom/ScreenBackdrop';
import type { AppScreen } from '../navigation/AppScreen';
import type { GameFlow } from '../navigation/GameFlow';
import { callApi, messageOf } from '../utils/api';
import { el } from '../utils/dom';

const CHECK_DELAY_MS = 400;

const hasGlobals = (snapshot: unknown): boolean => Object.keys((snapshot as Snapshot | null)?.globals ?? {}).length > 0;

export class EditorScreen implements AppScreen {
  readonly view = new Container();
  readonly dom = el('div', { class: 'screen level-screen editor-screen' });
  private readonly backdrop = new ScreenBackdrop();
  private readonly tabs = el('nav', { class: 'challenge-levels', 'aria-label': 'Edited levels' });
  private readonly titleInput = el('input', { id: 'level-title', type: 'text', maxlength: 80 });
  private readonly introInput = el('textarea', { id: 'level-intro', rows: 2, placeholder: 'What the player reads before the program' });
  private readonly hintInput = el('input', { id: 'level-hint', type: 'text', placeholder: 'Optional' });
  private readonly checkStatus = el('p', { class: 'check-status', role: 'status', 'aria-label': 'Program check' });
  private readonly names = el('div', { class: 'name-picker', role: 'group', 'aria-label': 'Names at this step' });
  private readonly pickNote = el('p', { class: 'muted pick-note', role: 'status' });
  private readonly codeSlot = el('div', { class: 'code-slot' });
  private readonly questions = new QuestionList(() => this.scheduleCheck());
  private readonly exporter = new ExportPanel(() => toLevels(editorDrafts.levels));
  private readonly replay: ReplayPanel;
  private program: ProgramEditor | null = null;
  private checkTimer = 0;
  private checkTicket = 0;
  private lastCheck: ProgramCheck | null = null;
  /** the program whose trace the replay shows */
  private tracedCode: string | null = null;

  constructor(private readonly flow: GameFlow) {
    this.view.addChild(this.backdrop);
    this.replay = new ReplayPanel(() => Promise.resolve([]), new PickingHeap((expression) => this.pickExpression(expression)));
    this.replay.onStep = (step) => this.renderNames((step?.snapshot as Snapshot | null | undefined) ?? null);
    this.titleInput.addEventListener('input', () => {
      this.draft.title = this.titleInput.value;
      this.renderTabs();
      this.exporter.refresh();
      this.scheduleCheck();
    });
    this.introInput.addEventListener('input', () => (this.draft.intro = this.introInput.value));
    this.hintInput.addEventListener('input', () => (this.draft.hint = this.hintInput.value));
    const back = el('button', { type: 'button', class: 'secondary back', text: '← Classroom' });
    back.addEventListener('click', () => this.flow.openClassroom());
    const testRun = el('button', { type: 'button', class: 'primary', text: '▶ Test run' });
    testRun.addEventListener('click', () => this.testRun());
    this.dom.append(
      el('header', { class: 'level-header' }, back, el('h1', { text: 'Level editor' }), this.tabs, testRun),
      el(
        'section',
        { class: 'panel code-panel', 'aria-label': 'Program' },
        el('div', { class: 'row' }, el('label', { for: 'level-title', text: 'Level title' }), this.titleInput),
        el('label', { for: 'level-intro', class: 'field-label', text: 'Intro' }),
        this.introInput,
        this.codeSlot,
        this.checkStatus,
        this.replay.controls.element,
        this.replay.message,
        this.replay.log.element,
      ),
      el('section', { class: 'heap-panel editor-heap', 'aria-label': 'Memory' }, this.replay.heapSlot, el('div', { class: 'name-bar' }, this.names, this.pickNote)),
      el(
        'section',
        { class: 'panel question-panel', 'aria-label': 'Questions and export' },
        this.questions.element,
        el('div', { class: 'row' }, el('label', { for: 'level-hint', text: 'Hint' }), this.hintInput),
        this.exporter.element,
      ),
    );
  }

  private get draft(): LevelDraft {
    return editorDrafts.levels[editorDrafts.current]!;
  }

  async prepare(): Promise<void> {
    this.showDraft(editorDrafts.current);
    await this.exporter.loadCampaign().catch(() => undefined);
  }

  async show(): Promise<void> {}

  async hide(): Promise<void> {
    this.replay.stop();
    window.clearTimeout(this.checkTimer);
  }

  update(deltaMs: number): void {
    this.replay.update(deltaMs);
  }

  resize(width: number, height: number): void {
    this.backdrop.draw(width, height);
  }

  destroy(): void {
    this.program?.destroy();
    this.replay.heap.destroy();
    this.view.destroy({ children: true });
  }

  private renderTabs(): void {
    const tabs = editorDrafts.levels.map((draft, index) => {
      const tab = el('button', {
        type: 'button',
        class: `level-tab${index === editorDrafts.current ? ' current' : ''}`,
        'aria-pressed': index === editorDrafts.current ? 'true' : 'false',
        text: `${index + 1}. ${draft.title || 'Untitled'}`,
      });
      tab.addEventListener('click', () => this.showDraft(index));
      return tab;
    });
    const add = el('button', { type: 'button', class: 'level-tab add', text: '+ New level' });
    add.addEventListener('click', () => {
      editorDrafts.levels.push(emptyDraft(editorDrafts.levels.length + 1));
      this.exporter.refresh();
      this.showDraft(editorDrafts.levels.length - 1);
    });
    this.tabs.replaceChildren(...tabs, add);
  }

  private showDraft(index: number): void {
    editorDrafts.current = index;
    const draft = this.draft;
    this.titleInput.value = draft.title;
    this.introInput.value = draft.intro;
    this.hintInput.value = draft.hint;
    this.program?.destroy();
    this.program = new ProgramEditor(draft.code, {
      change: (code) => {
        draft.code = code;
        this.scheduleCheck();
      },
      pickLine: (line) => {
        this.note(this.questions.pickLine(line) ?? `Line ${line} chosen for the selected question.`);
        // show the state once that line has run, where the objects to point at are
        const step = this.replay.paged.lastStepWhere((info) => info.line === line);
        if (step >= 0) this.replay.seek(step);
      },
    });
    this.codeSlot.replaceChildren(this.program.element);
    this.replay.attachCode(this.program);
    this.questions.show(draft);
    this.renderTabs();
    this.lastCheck = null;
    this.tracedCode = null;
    void this.check();
  }

  private scheduleCheck(): void {
    window.clearTimeout(this.checkTimer);
    this.checkTimer = window.setTimeout(() => void this.check(), CHECK_DELAY_MS);
  }

  /** The engine's verdict on the program, then its trace and the answers to the questions. */
  private async check(): Promise<void> {
    const ticket = ++this.checkTicket;
    const code = this.draft.code;
    const program = this.program!;
    let checked: ProgramCheck;
    try {
      checked = await callApi('editor:check', { code });
    } catch (error) {
      this.setCheck('error', `The engine could not check the program: ${messageOf(error)}`);
      return;
    }
    if (ticket !== this.checkTicket) return;
    this.lastCheck = checked;
    program.showProblem(checked.ok ? null : checked.error);
    if (!checked.ok && checked.error.kind !== 'runtime') {
      this.setCheck('error', `${checked.error.kind === 'syntax' ? 'Syntax error' : 'Outside the engine’s Python'}${checked.error.line ? ` (line ${checked.error.line})` : ''}: ${checked.error.message}`);
      this.questions.showAnswers({ status: 'refused', problems: ['fix the program first'] });
      return;
    }
    this.setCheck(checked.ok ? 'ok' : 'warning', checked.ok ? '✓ The engine runs this program.' : `⚠ ${checked.error.line ? `Line ${checked.error.line}: ` : ''}${checked.error.message}`);
    if (code !== this.tracedCode) {
      this.tracedCode = code;
      await this.loadTrace(code);
    }
    if (ticket === this.checkTicket) await this.solve(ticket);
  }

  private async loadTrace(code: string): Promise<void> {
    try {
      const first = await callApi('editor:trace', { code, from: 0, count: 1 });
      this.replay.reset((from, count) => callApi('editor:trace', { code, from, count }).then((slice) => slice.steps));
      await this.replay.sync(first.stepCount);
      // the last step is the module returning (its names gone): show the last state with names
      const named = this.replay.paged.lastStepWhere((step) => hasGlobals(step.snapshot));
      if (named >= 0) this.replay.seek(named);
    } catch (error) {
      this.replay.message.textContent = `The replay is not available: ${messageOf(error)}`;
    }
  }

  private async solve(ticket: number): Promise<void> {
    if (!this.questions.validate(this.program!.lineCount)) {
      this.questions.showAnswers(null);
      return;
    }
    const [level] = toLevels([this.draft]);
    this.questions.showAnswers(null, true);
    let result: EditorSolveResult;
    try {
      result = await callApi('editor:solve', { level: level! });
    } catch (error) {
      result = { status: 'refused', problems: [messageOf(error)] };
    }
    if (ticket === this.checkTicket) this.questions.showAnswers(result);
  }

  private setCheck(kind: 'ok' | 'warning' | 'error', text: string): void {
    this.checkStatus.className = `check-status check-${kind}`;
    this.checkStatus.textContent = text;
  }

  private renderNames(snapshot: Snapshot | null): void {
    const names = snapshot ? globalNames(snapshot).filter((name) => !name.startsWith('__')) : [];
    this.names.replaceChildren(
      el('span', { class: 'muted', text: names.length > 0 ? 'Names:' : '' }),
      ...names.map((name) => {
        const chip = el('button', { type: 'button', class: 'name-chip', text: name, 'aria-label': `Use ${name}` });
        chip.addEventListener('click', () => this.pickExpression(name));
        return chip;
      }),
    );
  }

  private pickExpression(expression: string | null): void {
    if (expression === null) {
      this.note('No name reaches this object from the program’s globals: type an expression instead.');
      return;
    }
    this.note(this.questions.pickExpression(expression) ?? `${expression} added to the selected question.`);
  }

  private note(text: string): void {
    this.pickNote.textContent = text;
  }

  private testRun(): void {
    const [level] = toLevels([this.draft]);
    if (!this.lastCheck || (!this.lastCheck.ok && this.lastCheck.error.kind !== 'runtime') || !this.questions.validate(this.program!.lineCount)) {
      this.questions.setStatus('refused', 'The level cannot be played yet: fix the program and finish every question.');
      return;
    }
    this.flow.openTestRun(level!);
  }
}
