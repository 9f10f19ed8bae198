// A test run of an edited level: the teacher plays it as a student of the campaign would (three
// tries per question, verdicts and the engine's explanation at once), then reads the replay.
import { showMechanicBoard } from '../ui/level/mechanicBoard';
import { Container } from 'pixi.js';
import type { PlayerAnswer } from '../../electron/api';
import '../classroom/classroom.css';
import type { LevelDefinition } from '../classroom/editor/levelDraft';
import { ReplayPanel } from '../classroom/ReplayPanel';
import { ScreenBackdrop } from '../classroom/ScreenBackdrop';
import type { AppScreen } from '../navigation/AppScreen';
import type { GameFlow } from '../navigation/GameFlow';
import { CodeView } from '../ui/level/CodeView';
import { QuestionCard } from '../ui/level/QuestionCard';
import { callApi, messageOf } from '../utils/api';
import { el, richText } from '../utils/dom';

const TRIES = 3;

export class TestRunScreen implements AppScreen {
  readonly view = new Container();
  readonly dom = el('div', { class: 'screen level-screen test-run-screen' });
  private readonly backdrop = new ScreenBackdrop();
  private readonly code: CodeView;
  private readonly replay: ReplayPanel;
  private cards: QuestionCard[] = [];
  private readonly tries: number[];
  private readonly heapPanel: HTMLElement;
  private readonly questionPanel = el('section', { class: 'panel question-panel', 'aria-label': 'Questions' });
  private readonly done = el('p', { class: 'test-run-done', role: 'status' });

  constructor(
    private readonly flow: GameFlow,
    private readonly level: LevelDefinition,
  ) {
    this.view.addChild(this.backdrop);
    this.code = new CodeView(level.code);
    this.replay = new ReplayPanel((from, count) => callApi('editor:trace', { code: level.code, from, count }).then((slice) => slice.steps));
    this.replay.attachCode(this.code);
    this.heapPanel = el('section', { class: 'heap-panel', 'aria-label': 'Memory' }, this.replay.heapSlot);
    this.tries = level.questions.map(() => 0);
    const back = el('button', { type: 'button', class: 'secondary back', text: '← Editor' });
    back.addEventListener('click', () => this.flow.openEditor());
    const intro = el('p', { class: 'intro' });
    intro.append(richText(level.intro));
    this.dom.append(
      el('header', { class: 'level-header' }, back, el('h1', { text: `Test run: ${level.title}` }), el('span', { class: 'challenge-rules', text: 'Only you see this: nothing is recorded.' })),
      el('section', { class: 'panel code-panel', 'aria-label': 'Program' }, intro, this.code.element, this.replay.controls.element, this.replay.message, this.replay.log.element),
      this.heapPanel,
      this.questionPanel,
    );
  }

  async prepare(): Promise<void> {
    // the questions as a player sees them come from main: a drawing's palette and a leak's
    // candidates are computed by the engine, like the campaign's and a challenge's
    try {
      const solved = await callApi('editor:solve', { level: this.level });
      if (solved.status === 'refused') {
        this.questionPanel.append(el('p', { class: 'problem', role: 'alert', text: `This level cannot be played: ${solved.problems.join('; ')}` }));
      } else {
        this.cards = solved.questions.map((question) => new QuestionCard(question, { state: 'open', mistakes: 0 }, (q, answer) => this.check(q, answer)));
        this.questionPanel.append(...this.cards.map((card) => card.element), this.done);
        this.activate();
      }
    } catch (error) {
      this.questionPanel.append(el('p', { class: 'problem', role: 'alert', text: `The questions could not be prepared: ${messageOf(error)}` }));
    }
    await this.replay.sync(0);
  }

  async show(): Promise<void> {
    this.cards[0]?.focus();
  }

  async hide(): Promise<void> {
    this.replay.stop();
  }

  update(deltaMs: number): void {
    this.replay.update(deltaMs);
  }

  resize(width: number, height: number): void {
    this.backdrop.draw(width, height);
  }

  destroy(): void {
    this.code.destroy();
    this.replay.heap.destroy();
    this.view.destroy({ children: true });
  }

  private activate(): void {
    const first = this.cards.find((card) => !card.isClosed);
    for (const card of this.cards) card.setActive(card === first);
    showMechanicBoard(this.heapPanel, first?.board ?? null);
  }

  private async check(question: number, answer: PlayerAnswer): Promise<void> {
    const card = this.cards[question]!;
    try {
      const verdict = await callApi('editor:check-answer', { level: this.level, question, answer });
      this.tries[question]! += 1;
      if (!verdict.right && this.tries[question]! < TRIES) {
        card.showWrong(TRIES - this.tries[question]!);
        return;
      }
      if (verdict.right) card.showClosed({ verdict: 'right', correct: verdict.correct, explanation: verdict.explanation });
      else card.showClosed({ verdict: 'revealed', ...(await this.revealed(question)) });
      this.activate();
      this.cards.find((next) => !next.isClosed)?.focus();
      if (this.cards.every((next) => next.isClosed)) await this.finish();
    } catch (error) {
      card.showProblem(`The answer could not be checked: ${messageOf(error)}`);
    }
  }

  /** Out of tries: the engine's answer, as the author's own editor:solve gives it. */
  private async revealed(question: number): Promise<{ correct: PlayerAnswer; explanation: string }> {
    const solved = await callApi('editor:solve', { level: this.level });
    if (solved.status !== 'solved') throw new Error(solved.problems.join('; '));
    const answer = solved.answers[question]!;
    return { correct: answer.correct, explanation: answer.explanation };
  }

  private async finish(): Promise<void> {
    this.done.textContent = 'Test run complete: the replay is open. Back to the editor to change anything.';
    const all = await callApi('editor:trace', { code: this.level.code, from: 0, count: 1 }).catch(() => null);
    if (all) await this.replay.sync(all.stepCount, 0);
  }
}
