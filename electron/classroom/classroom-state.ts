// The classroom's share of the main process: imported packs and each player's challenge in
// play, both on disk, apart from campaign progress.
import type { StoreNotice } from '../api';
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
  /** what was damaged in challenges.json when it was read, for the player to see */
  readonly notices: readonly StoreNotice[];
}

export async function openClassroom(userDataDir: string): Promise<ClassroomState> {
  const packs = await PackStore.open(userDataDir);
  const { attempts, notices } = await loadAttempts(userDataDir, (id) => packs.get(id));
  return { packs, attempts, notices, now: () => Date.now(), save: () => saveAttempts(userDataDir, attempts) };
}
