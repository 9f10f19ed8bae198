// The attempt in progress for each (player, level): which questions are closed, mistakes and
// hints so far. Kept in main's memory only: an attempt is short, its results go to progress.
import type { QuestionStatus } from '../api';

export interface LevelRun {
  readonly levelId: string;
  readonly statuses: QuestionStatus[];
  mistakes: number;
  hintsShown: number;
}

export class LevelRuns {
  private readonly runs = new Map<string, LevelRun>();

  private key(profileId: string, levelId: string): string {
    return `${profileId}\u0000${levelId}`;
  }

  get(profileId: string, levelId: string): LevelRun | undefined {
    return this.runs.get(this.key(profileId, levelId));
  }

  /** Resumes an unfinished attempt, or starts a new one (returning whether it is new). */
  openOrResume(profileId: string, levelId: string, questionCount: number): { run: LevelRun; isNew: boolean } {
    const existing = this.get(profileId, levelId);
    if (existing && existing.statuses.some((s) => s.state === 'open')) return { run: existing, isNew: false };
    const run: LevelRun = {
      levelId,
      statuses: Array.from({ length: questionCount }, () => ({ state: 'open', mistakes: 0 }) as const),
      mistakes: 0,
      hintsShown: 0,
    };
    this.runs.set(this.key(profileId, levelId), run);
    return { run, isNew: true };
  }
}
