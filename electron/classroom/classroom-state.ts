// The classroom's share of the main process: imported packs and each player's challenge in
// play, both on disk, apart from campaign progress.
import { loadAttempts, saveAttempts } from './attempt-file';
import type { ChallengeAttempt } from './challenge';
import { PackStore } from './pack-store';

export interface ClassroomState {
  readonly packs: PackStore;
  /** by profile id: the player's current (or last finished) challenge */
  readonly attempts: Map<string, ChallengeAttempt>;
  /** the clock challenges are timed by (tests replace it) */
  now: () => number;
  /** writes the attempts to disk (after every change) */
  save: () => Promise<void>;
}

export async function openClassroom(userDataDir: string): Promise<ClassroomState> {
  const packs = await PackStore.open(userDataDir);
  const attempts = await loadAttempts(userDataDir, (id) => packs.get(id));
  return { packs, attempts, now: () => Date.now(), save: () => saveAttempts(userDataDir, attempts) };
}
