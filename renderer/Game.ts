// The game as a whole: the PixiJS application, the navigation between screens, the player
// picker, the notices banner and the celebration layer. Screens reach it through GameFlow.
import type { Application } from 'pixi.js';
import type { LevelProblem, MenuCommand, StoreNotice } from '../electron/api';
import type { GameFlow, MapVisit } from './navigation/GameFlow';
import { Navigation } from './navigation/Navigation';
import type { ClassroomAction } from './screens/ClassroomScreen';
import type { TeacherAction } from './screens/TeacherScreen';
import { ProfilePopup } from './popups/ProfilePopup';
import { ChallengeScreen } from './screens/ChallengeScreen';
import { ClassroomScreen } from './screens/ClassroomScreen';
import { EditorScreen } from './screens/EditorScreen';
import { LevelScreen } from './screens/LevelScreen';
import { MapScreen } from './screens/MapScreen';
import { TeacherScreen } from './screens/TeacherScreen';
import { TestRunScreen } from './screens/TestRunScreen';
import type { LevelDefinition } from './classroom/editor/levelDraft';
import { Confetti } from './ui/Confetti';
import { NoticesBanner } from './ui/NoticesBanner';
import { ApiCallError } from './utils/ApiCallError';
import { callApi, messageOf } from './utils/api';

export interface GameLayers {
  readonly screens: HTMLElement;
  readonly notices: HTMLElement;
  readonly popups: HTMLElement;
}

export class Game implements GameFlow {
  private readonly navigation: Navigation;
  private readonly banner: NoticesBanner;
  private readonly profiles: ProfilePopup;
  private readonly confetti = new Confetti();

  constructor(
    private readonly app: Application,
    layers: GameLayers,
  ) {
    this.navigation = new Navigation(app, layers.screens);
    this.banner = new NoticesBanner(layers.notices);
    this.profiles = new ProfilePopup(layers.popups);
    app.stage.addChild(this.confetti);
    app.ticker.add((ticker) => this.confetti.update(ticker.deltaMS));
  }

  async start(): Promise<void> {
    await this.showStoreNotices();
    const profiles = await callApi('profiles:list', {});
    if (profiles.activeProfileId === null) {
      // the map shows behind the picker, so the player sees where they are going
      void this.navigation.show(new MapScreen(this));
      await this.choosePlayer();
    }
    this.openMap();
    void this.followMenu();
  }

  openMap(visit: MapVisit = {}): void {
    void this.navigation.show(new MapScreen(this, visit));
  }

  openLevel(levelId: string): void {
    void this.navigation.show(new LevelScreen(this, levelId));
  }

  openClassroom(action: ClassroomAction = 'none'): void {
    void this.navigation.show(new ClassroomScreen(this, action));
  }

  openEditor(): void {
    void this.openEditorUnlessLocked();
  }

  openChallenge(packId: string): void {
    void this.navigation.show(new ChallengeScreen(this, packId));
  }

  openTeacher(action: TeacherAction = 'none'): void {
    void this.navigation.show(new TeacherScreen(this, action));
  }

  openTestRun(level: LevelDefinition): void {
    void this.navigation.show(new TestRunScreen(this, level));
  }

  async choosePlayer(): Promise<void> {
    await this.profiles.open();
    await this.showStoreNotices();
  }

  celebrate(): void {
    this.confetti.burst(this.app.screen.width, this.app.screen.height);
  }

  notify(notice: StoreNotice): void {
    this.banner.show(notice);
  }

  reportLevelProblems(problems: readonly LevelProblem[]): void {
    this.banner.showLevelProblems(problems);
  }

  /** The app menu's Classroom items (main answers app:menu-command when one is picked). */
  private async followMenu(): Promise<void> {
    for (;;) {
      let command: MenuCommand;
      try {
        command = await callApi('app:menu-command', {});
      } catch {
        return; // a host without a menu
      }
      switch (command) {
        case 'import-pack': this.openClassroom('import-pack'); break;
        case 'open-results': this.openTeacher('open-results'); break;
        case 'level-editor': this.openEditor(); break;
        case 'classroom': this.openClassroom(); break;
        default: {
          const never: never = command;
          return never;
        }
      }
    }
  }

  /** Main refuses the editor's channels while a challenge is in play: say so instead of opening a dead editor. */
  private async openEditorUnlessLocked(): Promise<void> {
    try {
      await callApi('editor:check', { code: '' });
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'locked') {
        this.banner.show({ severity: 'warning', message: `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.` });
        return;
      }
    }
    void this.navigation.show(new EditorScreen(this));
  }

  private async showStoreNotices(): Promise<void> {
    try {
      const progress = await callApi('progress:get', {});
      for (const notice of progress.notices) this.banner.show(notice);
      if (!progress.savingEnabled) this.banner.show({ severity: 'warning', message: 'Saving is switched off: progress made now will not be kept.' });
    } catch (error) {
      this.banner.show({ severity: 'error', message: `Could not read the saved progress: ${messageOf(error)}` });
    }
  }
}
