// What screens may ask of the game as a whole; the Game implements it.
import type { LevelProblem, StoreNotice } from '../../electron/api';
import type { LevelDefinition } from '../classroom/editor/levelDraft';

export interface MapVisit {
  /** the level a win just unlocked: it animates its unlock */
  readonly unlockedLevelId?: string | null;
  /** the level to scroll to and focus */
  readonly focusLevelId?: string;
}

export interface GameFlow {
  openMap(visit?: MapVisit): void;
  openLevel(levelId: string): void;
  /** the classroom: challenge packs to play, and the teacher's tools */
  openClassroom(): void;
  /** the level editor (teacher) */
  openEditor(): void;
  /** plays an imported pack as a challenge under the current player */
  openChallenge(packId: string): void;
  /** grades result files (teacher) */
  openTeacher(): void;
  /** plays a level from the editor at once (teacher) */
  openTestRun(level: LevelDefinition): void;
  /** opens the player picker; resolves once a player is active */
  choosePlayer(): Promise<void>;
  /** confetti over the whole window */
  celebrate(): void;
  notify(notice: StoreNotice): void;
  /** level files that did not load, shown once in the notices banner */
  reportLevelProblems(problems: readonly LevelProblem[]): void;
}
