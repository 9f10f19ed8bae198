// A classroom challenge in play: the pack's levels one at a time (the same code, replay and heap
// panels as a level), the clock always in view, the pack's rules enforced (no hint button when
// hints are off, one answer per question when the pack says so), and at the end the result file.
import { showMechanicBoard } from '../ui/level/mechanicBoard';
import { Container } from 'pixi.js';
import type { ChallengeLevelView, ChallengeView, PlayerAnswer } from '../../electron/api';
import { ChallengeQuestionCard } from '../classroom/ChallengeQuestionCard';
import { ChallengeTimer } from '../classroom/ChallengeTimer';
import { FinishPanel } from '../classroom/FinishPanel';
import { ReplayPanel } from '../classroom/ReplayPanel';
import { ScreenBackdrop } from '../classroom/ScreenBackdrop';
import '../classroom/classroom.css';
import type { AppScreen } from '../navigation/AppScreen';
import type { GameFlow } from '../navigation/GameFlow';
import { CodeView } from '../ui/level/CodeView';
import { HintBox } from '../ui/level/HintBox';
import { callApi, messageOf } from '../utils/api';
import { el, richText } from '../utils/dom';

export class ChallengeScreen implements AppScreen {
  readonly view = new Container();
  readonly dom = el('div', { class: 'screen level-screen challenge-screen' });
  private readonly backdrop = new ScreenBackdrop();
  private readonly levelTabs = el('nav', { class: 'challenge-levels', 'aria-label': 'Challenge levels' });
  private readonly progress = el('span', { class: 'challenge-progress' });
  private readonly codePanel = el('section', { class: 'panel code-panel', 'aria-label': 'Program' });
  private readonly heapPanel = el('section', { class: 'heap-panel', 'aria-label': 'Memory' });
  private readonly questionPanel = el('section', { class: 'panel question-panel', 'aria-label': 'Questions' });
  private challenge: ChallengeView | null = null;
  private timer: ChallengeTimer | null = null;
  private replay: ReplayPanel | null = null;
  private code: CodeView | null = null;
  private cards: ChallengeQuestionCard[] = [];
  private readonly finishButton = el('button', { type: 'button', class: 'primary', text: 'Finish challenge' });
  private levelIndex = 0;
  private timeUp = false;

  constructor(
    private readonly flow: GameFlow,
    private readonly packId: string,
  ) {
    this.view.addChild(this.backdrop);
  }

  async prepare(): Promise<void> {
    try {
      this.challenge = await callApi('classroom:start', { packId: this.packId });
    } catch (error) {
      this.flow.notify({ severity: 'error', message: `The challenge could not start: ${messageOf(error)}` });
      setTimeout(() => this.flow.openClassroom(), 0);
      return;
    }
    const challenge = this.challenge;
    this.finishButton.addEventListener('click', () => void this.finish());
    const leave = el('button', { type: 'button', class: 'secondary back', text: '← Classroom' });
    leave.addEventListener('click', () => this.flow.openClassroom());
    this.timer = new ChallengeTimer(Date.parse(challenge.startedAt), challenge.deadline ? Date.parse(challenge.deadline) : null, () => this.onTimeUp());
    const rules = [challenge.rules.attemptsPerQuestion === 1 ? 'one answer per question' : 'three tries per question', challenge.rules.hints ? 'hints allowed' : 'no hints'];
    this.dom.append(
      el(
        'header',
        { class: 'level-header challenge-header' },
        leave,
        el('div', { class: 'challenge-title' }, el('h1', { text: challenge.title }), el('p', { class: 'challenge-rules', text: `Challenge for ${challenge.profileName} · ${rules.join(' · ')}` })),
        this.levelTabs,
        this.progress,
        this.timer.element,
        this.finishButton,
      ),
      this.codePanel,
      this.heapPanel,
      this.questionPanel,
    );
    if (challenge.finishedAt !== null) this.markFinished(Date.parse(challenge.finishedAt));
    this.renderTabs();
    this.renderProgress(challenge.answeredQuestions, challenge.totalQuestions);
    const firstOpen = challenge.levels.findIndex((level) => level.status.some((status) => status.state === 'open'));
    await this.showLevel(Math.max(0, firstOpen));
  }

  async show(): Promise<void> {
    this.cards.find((card) => !card.isClosed)?.focus();
  }

  async hide(): Promise<void> {
    this.replay?.stop();
  }

  update(deltaMs: number): void {
    this.timer?.render(Date.now());
    this.replay?.update(deltaMs);
  }

  resize(width: number, height: number): void {
    this.backdrop.draw(width, height);
  }

  destroy(): void {
    this.code?.destroy();
    this.replay?.heap.destroy();
    this.view.destroy({ children: true });
  }

  private get level(): ChallengeLevelView {
    return this.challenge!.levels[this.levelIndex]!;
  }

  private renderTabs(): void {
    const levels = this.challenge!.levels;
    this.levelTabs.replaceChildren(
      ...levels.map((level, index) => {
        const done = level.status.every((status) => status.state === 'closed');
        const tab = el('button', {
          type: 'button',
          class: `level-tab${index === this.levelIndex ? ' current' : ''}${done ? ' done' : ''}`,
          'aria-pressed': index === this.levelIndex ? 'true' : 'false',
          'aria-label': `Level ${index + 1} of ${levels.length}: ${level.title}${done ? ', answered' : ''}`,
          text: `${done ? '✓ ' : ''}${index + 1}. ${level.title}`,
        });
        tab.addEventListener('click', () => void this.showLevel(index));
        return tab;
      }),
    );
  }

  private renderProgress(answered: number, total: number): void {
    this.progress.textContent = `${answered} / ${total} answered`;
  }

  private async showLevel(index: number): Promise<void> {
    this.levelIndex = index;
    this.renderTabs();
    const level = this.level;
    this.code?.destroy();
    this.code = new CodeView(level.code);
    const intro = el('p', { class: 'intro' });
    intro.append(el('strong', { text: `${level.title}. ` }), richText(level.intro));
    this.replay?.heap.destroy();
    this.replay = new ReplayPanel((from, count) => callApi('classroom:trace', { levelId: level.id, from, count }).then((slice) => slice.steps));
    this.replay.attachCode(this.code);
    this.codePanel.replaceChildren(intro, this.code.element, this.replay.controls.element, this.replay.message, this.replay.log.element);
    this.heapPanel.replaceChildren(this.replay.heapSlot);
    const oneAttempt = this.challenge!.rules.attemptsPerQuestion === 1;
    this.cards = level.questions.map((question) => new ChallengeQuestionCard(question, level.status[question.index]!, oneAttempt, (q, answer) => this.answer(q, answer)));
    const next = el('button', { type: 'button', class: 'secondary next-level', text: 'Next level →' });
    next.hidden = index >= this.challenge!.levels.length - 1;
    next.addEventListener('click', () => void this.showLevel(index + 1));
    // the pack's rules: no hint button at all when hints are off
    const hints = level.hintCount > 0 ? new HintBox(level.hintsShown, level.hintCount, () => this.requestHint()).element : null;
    this.questionPanel.replaceChildren(...this.cards.map((card) => card.element), ...(hints ? [hints] : []), next);
    this.activateCards();
    await this.replay.sync(level.unlockedSteps);
  }

  private activateCards(): void {
    const first = this.cards.find((card) => !card.isClosed);
    for (const card of this.cards) {
      if (this.timeUp) card.freeze();
      else card.setActive(card === first);
    }
    showMechanicBoard(this.heapPanel, this.timeUp ? null : (first?.board ?? null));
  }

  private async answer(question: number, answer: PlayerAnswer): Promise<void> {
    const level = this.level;
    const card = this.cards[question]!;
    try {
      const result = await callApi('classroom:answer', { levelId: level.id, question, answer });
      card.showVerdict(result);
      this.updateLevel(level.id, question, result.status, result.unlockedSteps);
      this.renderProgress(result.answeredQuestions, result.totalQuestions);
      this.renderTabs();
      this.activateCards();
      this.cards.find((next) => !next.isClosed)?.focus();
      await this.replay?.sync(result.unlockedSteps);
    } catch (error) {
      card.showProblem(`The answer was not recorded: ${messageOf(error)}`);
    }
  }

  /** Keeps the local copy of the challenge in step with main's answers. */
  private updateLevel(levelId: string, question: number, status: ChallengeLevelView['status'][number], unlockedSteps: number): void {
    const challenge = this.challenge!;
    const levels = challenge.levels.map((level) =>
      level.id !== levelId ? level : { ...level, unlockedSteps, status: level.status.map((old, index) => (index === question ? status : old)) },
    );
    this.challenge = { ...challenge, levels };
  }

  private async requestHint() {
    try {
      return await callApi('classroom:hint', { levelId: this.level.id });
    } catch (error) {
      this.flow.notify({ severity: 'warning', message: `No hint: ${messageOf(error)}` });
      return null;
    }
  }

  private onTimeUp(): void {
    this.timeUp = true;
    this.activateCards();
    this.flow.notify({ severity: 'warning', message: 'Time is up: finish the challenge and save your result file.' });
  }

  private markFinished(finishedAtMs: number): void {
    this.timeUp = true;
    this.timer?.stop(finishedAtMs);
    this.finishButton.disabled = true;
    this.finishButton.textContent = 'Finished';
  }

  private async finish(): Promise<void> {
    try {
      const finished = await callApi('classroom:finish', {});
      this.challenge = finished.view;
      this.markFinished(Date.parse(finished.view.finishedAt ?? new Date().toISOString()));
      this.activateCards();
      const panel = new FinishPanel(finished, { back: () => this.flow.openClassroom() });
      this.dom.append(el('div', { class: 'completion-overlay' }, panel.element));
      panel.focus();
    } catch (error) {
      this.flow.notify({ severity: 'error', message: `The challenge could not be finished: ${messageOf(error)}` });
    }
  }
}
