// The classroom's share of the main process: imported packs (on disk) and each player's
// challenge in play (in memory, apart from campaign progress).
import type { ChallengeAttempt } from './challenge';
import { PackStore } from './pack-store';

export interface ClassroomState {
  readonly packs: PackStore;
  /** by profile id: the player's current (or last finished) challenge */
  readonly attempts: Map<string, ChallengeAttempt>;
  /** the clock challenges are timed by (tests replace it) */
  now: () => number;
}

export async function openClassroom(userDataDir: string): Promise<ClassroomState> {
  return { packs: await PackStore.open(userDataDir), attempts: new Map(), now: () => Date.now() };
}
