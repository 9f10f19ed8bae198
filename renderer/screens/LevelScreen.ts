// A level: the program (CodeMirror) with the replay's line marked, the heap diagram slot, the
// questions with their verdicts and hints, and the celebration when the last one is answered.
import { showMechanicBoard } from '../ui/level/mechanicBoard';
import { Container, FillGradient, Graphics } from 'pixi.js';
import type { AnswerResult, LevelCompletion, LevelView, PlayerAnswer } from '../../electron/api';
import type { AppScreen } from '../navigation/AppScreen';
import type { GameFlow } from '../navigation/GameFlow';
import { CodeView } from '../ui/level/CodeView';
import { CompletionPanel } from '../ui/level/CompletionPanel';
import { HeapArea } from '../ui/level/HeapArea';
import { HintBox } from '../ui/level/HintBox';
import { QuestionCard } from '../ui/level/QuestionCard';
import { StepControls } from '../ui/level/StepControls';
import { StepLog } from '../ui/level/StepLog';
import { callApi, messageOf } from '../utils/api';
import { el, richText } from '../utils/dom';
import { PALETTE, worldTheme } from '../utils/palette';
import { TraceReplay } from '../utils/TraceReplay';

const PLAY_STEP_MS = 750;
/** after a right answer the replay plays at most this many of the newly unlocked steps */
const AUTO_REPLAY_STEPS = 8;

export class LevelScreen implements AppScreen {
  readonly view = new Container();
  readonly dom = el('div', { class: 'screen level-screen' });
  private readonly background = new Graphics();
  private readonly heap = new HeapArea();
  private readonly heapSlot = el('div', { class: 'heap-slot' }, this.heap.element);
  private readonly stakes = el('span', { class: 'stakes' });
  private readonly controls: StepControls;
  private readonly log = new StepLog();
  private readonly replay: TraceReplay;
  private code: CodeView | null = null;
  private level: LevelView | null = null;
  private cards: QuestionCard[] = [];
  private mistakes = 0;
  private hintsUsed = 0;
  private playing = false;
  private playClock = 0;
  private playUntil = -1;

  constructor(
    private readonly flow: GameFlow,
    private readonly levelId: string,
  ) {
    this.replay = new TraceReplay(levelId);
    this.controls = new StepControls({
      seek: (index) => {
        this.playing = false;
        this.seek(index);
      },
      togglePlay: () => this.togglePlay(),
    });
    this.view.addChild(this.background);
  }

  async prepare(): Promise<void> {
    try {
      this.level = await callApi('levels:open', { levelId: this.levelId });
    } catch (error) {
      this.flow.notify({ severity: 'error', message: `The level could not be opened: ${messageOf(error)}` });
      this.dom.append(el('p', { class: 'level-error', role: 'alert', text: messageOf(error) }));
      setTimeout(() => this.flow.openMap({ focusLevelId: this.levelId }), 0);
      return;
    }
    this.mistakes = this.level.status.reduce((sum, status) => sum + status.mistakes, 0);
    this.hintsUsed = this.level.hintsShown.length;
    this.buildDom(this.level);
    await this.syncReplay(this.level.unlockedSteps, false);
  }

  async show(): Promise<void> {
    this.cards.find((card) => !card.isClosed)?.focus();
  }

  async hide(): Promise<void> {
    this.playing = false;
  }

  update(deltaMs: number): void {
    if (!this.playing) return;
    this.playClock += deltaMs;
    if (this.playClock < PLAY_STEP_MS) return;
    this.playClock = 0;
    const last = this.playUntil >= 0 ? this.playUntil : this.replay.unlockedSteps - 1;
    if (this.replay.index >= last) {
      this.playing = false;
      this.playUntil = -1;
      this.render();
      return;
    }
    this.seek(this.replay.index + 1);
  }

  resize(width: number, height: number): void {
    const theme = worldTheme(0);
    const gradient = new FillGradient({
      type: 'linear', start: { x: 0, y: 0 }, end: { x: 1, y: 1 }, textureSpace: 'local',
      colorStops: [{ offset: 0, color: PALETTE.night }, { offset: 0.6, color: 0x1f2a5c }, { offset: 1, color: theme.bottom }],
    });
    this.background.clear().rect(0, 0, width, height).fill(gradient);
  }

  destroy(): void {
    this.code?.destroy();
    this.heap.destroy();
    this.view.destroy({ children: true });
  }

  private buildDom(level: LevelView): void {
    const back = el('button', { type: 'button', class: 'secondary back', text: '← Map' });
    back.addEventListener('click', () => this.flow.openMap({ focusLevelId: level.id }));
    this.code = new CodeView(level.code);
    const intro = el('p', { class: 'intro' });
    intro.append(richText(level.intro));
    if (level.versionsDiffer) intro.append(versionsNotice(level.versionsDiffer));
    this.cards = level.questions.map((question) => new QuestionCard(question, level.status[question.index]!, (index, answer) => this.answer(index, answer)));
    const hints = new HintBox(level.hintsShown, level.hintCount, () => this.requestHint());
    this.dom.append(
      el('header', { class: 'level-header' }, back, el('h1', { text: level.title }), this.stakes),
      el('section', { class: 'panel code-panel', 'aria-label': 'Program' }, intro, this.code.element, this.controls.element, this.log.element),
      el('section', { class: 'heap-panel', 'aria-label': 'Memory' }, this.heapSlot),
      el('section', { class: 'panel question-panel', 'aria-label': 'Questions' }, ...this.cards.map((card) => card.element), hints.element),
    );
    this.activateCards();
    this.renderStakes();
  }

  /** Only the first open question takes answers: later ones may depend on its replay. */
  private activateCards(): void {
    const first = this.cards.find((card) => !card.isClosed);
    for (const card of this.cards) card.setActive(card === first);
    this.showBoard(first?.board ?? null);
  }

  /** A puzzle question's board covers the heap diagram while it is the one being answered. */
  private showBoard(board: HTMLElement | null): void {
    showMechanicBoard(this.heapSlot.parentElement, board);
  }

  private renderStakes(): void {
    const stars = Math.max(0, 3 - this.mistakes - this.hintsUsed);
    this.stakes.textContent = `${'★'.repeat(stars)}${'☆'.repeat(3 - stars)}`;
    this.stakes.setAttribute('aria-label', `Stars still possible: ${stars} of 3`);
    this.stakes.title = 'Each mistake or hint costs a star';
  }

  private async answer(index: number, answer: PlayerAnswer): Promise<void> {
    const card = this.cards[index]!;
    let result: AnswerResult;
    try {
      result = await callApi('levels:answer', { levelId: this.levelId, question: index, answer });
    } catch (error) {
      card.showProblem(`The answer could not be checked: ${messageOf(error)}`);
      return;
    }
    if (result.verdict === 'wrong') {
      this.mistakes += 1;
      card.showWrong(result.triesLeft, result.diff);
    } else {
      if (result.verdict === 'revealed') this.mistakes += 1;
      card.showClosed(result);
      this.activateCards();
      this.cards.find((next) => !next.isClosed)?.focus();
    }
    this.renderStakes();
    await this.syncReplay(result.unlockedSteps, true);
    if (result.verdict !== 'wrong' && result.completed) await this.complete(result.completed);
  }

  private async requestHint() {
    try {
      const hint = await callApi('levels:hint', { levelId: this.levelId });
      this.hintsUsed += 1;
      this.renderStakes();
      return hint;
    } catch (error) {
      this.flow.notify({ severity: 'warning', message: `No hint: ${messageOf(error)}` });
      return null;
    }
  }

  /** Reads the newly unlocked steps; with `animate`, plays them from where the replay was. */
  private async syncReplay(unlocked: number, animate: boolean): Promise<void> {
    try {
      const before = await this.replay.sync(unlocked);
      if (animate && this.replay.unlockedSteps > before && before > 0) {
        // a long run of new steps is jumped over: only its last few are played
        this.seek(Math.max(before - 1, this.replay.unlockedSteps - 1 - AUTO_REPLAY_STEPS));
        this.playUntil = this.replay.unlockedSteps - 1;
        this.playing = true;
        this.playClock = 0;
      } else {
        this.seek(this.replay.unlockedSteps - 1);
      }
    } catch (error) {
      this.log.showMessage(`The replay is not available: ${messageOf(error)}`);
      this.render();
    }
  }

  private togglePlay(): void {
    if (this.playing) {
      this.playing = false;
    } else {
      if (this.controls.atEnd) this.seek(0);
      this.playing = true;
      this.playUntil = -1;
      this.playClock = 0;
    }
    this.render();
  }

  private seek(index: number): void {
    this.replay.seek(index);
    this.render();
  }

  private render(): void {
    const step = this.replay.step;
    this.code?.markLine(step?.line ?? null);
    this.heap.showStep(step);
    this.log.show(step);
    this.controls.render(this.replay.index, this.replay.unlockedSteps, step?.line ?? null, this.playing);
  }

  private async complete(completion: LevelCompletion): Promise<void> {
    this.flow.celebrate();
    const list = await callApi('levels:list', {});
    const levels = list.worlds.flatMap((world) => world.levels);
    const next = levels[levels.findIndex((level) => level.id === this.levelId) + 1] ?? null;
    const panel = new CompletionPanel(completion, next?.title ?? null, {
      next: () => next && this.flow.openLevel(next.id),
      map: () => this.flow.openMap({ unlockedLevelId: completion.unlockedLevelId, focusLevelId: this.levelId }),
    });
    this.dom.append(el('div', { class: 'completion-overlay' }, panel.element));
    panel.element.querySelector<HTMLButtonElement>('button:not([hidden])')?.focus();
  }
}

/** Said up front, without giving an answer away: the level's answers are CPython 3.11's. */
function versionsNotice(versions: readonly string[]): HTMLElement {
  const names = versions.map((v) => `Python ${v}`);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  return el('span', { class: 'versions-notice', text: ` The answers here are CPython 3.11's; ${list} answer${names.length === 1 ? 's' : ''} some of them differently (shown once you have answered).` });
}
