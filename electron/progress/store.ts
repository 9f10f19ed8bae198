// Player profiles and their progress, kept in one versioned JSON file in a folder given to
// the store (the app's userData folder in main, a temp folder in tests). Every change is saved
// at once: the previous file is kept as `.bak`, then the new one replaces it atomically.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LevelProgressView, ProfileSummary, Stars, StoreNotice } from '../api';
import { realRename, writeFileAtomic } from './atomic-file';
import type { RenameOp } from './atomic-file';
import { emptyLevelProgress, encodeProgress } from './format';
import type { LevelProgress, Profile, ProgressData } from './format';
import { BACKUP_FILE, loadProgress, MAIN_FILE } from './load';

export interface ProgressStoreOptions {
  readonly renameOp?: RenameOp;
  readonly now?: () => Date;
}

export class ProgressStore {
  private pendingSave: Promise<void> = Promise.resolve();

  private constructor(
    private readonly directory: string,
    private data: ProgressData,
    readonly notices: readonly StoreNotice[],
    readonly savingDisabledReason: string | null,
    private readonly renameOp: RenameOp,
    private readonly now: () => Date,
  ) {}

  static async open(directory: string, options: ProgressStoreOptions = {}): Promise<ProgressStore> {
    const now = options.now ?? (() => new Date());
    const loaded = await loadProgress(directory, now());
    const store = new ProgressStore(
      directory, loaded.data, loaded.notices, loaded.savingDisabledReason, options.renameOp ?? realRename, now,
    );
    if (loaded.needsSave) await store.save();
    return store;
  }

  get savingEnabled(): boolean {
    return this.savingDisabledReason === null;
  }

  /** A deep copy, so callers cannot change the store behind its back. */
  snapshot(): ProgressData {
    return structuredClone(this.data);
  }

  profiles(): ProfileSummary[] {
    return this.data.profiles.map(summarise);
  }

  activeProfile(): ProfileSummary | null {
    const profile = this.findProfile(this.data.activeProfileId);
    return profile ? summarise(profile) : null;
  }

  get activeProfileId(): string | null {
    return this.data.activeProfileId;
  }

  async createProfile(name: string): Promise<ProfileSummary> {
    const trimmed = name.trim();
    if (this.data.profiles.some((p) => p.name.toLowerCase() === trimmed.toLowerCase())) {
      throw new ProfileError('conflict', `a player named "${trimmed}" already exists`);
    }
    const profile: Profile = { id: `p-${randomUUID()}`, name: trimmed, createdAt: this.now().toISOString(), levels: {} };
    await this.change((data) => {
      data.profiles.push(profile);
      data.activeProfileId = profile.id;
    });
    return summarise(profile);
  }

  async selectProfile(profileId: string): Promise<void> {
    if (!this.findProfile(profileId)) throw new ProfileError('not-found', `no player with id ${profileId}`);
    await this.change((data) => {
      data.activeProfileId = profileId;
    });
  }

  /** The active player's record for a level (an empty record when never played). */
  levelProgress(levelId: string): LevelProgress {
    const profile = this.requireActive();
    return structuredClone(profile.levels[levelId] ?? emptyLevelProgress());
  }

  levelsOfActive(): Record<string, LevelProgressView> {
    const profile = this.requireActive();
    const views: Record<string, LevelProgressView> = {};
    for (const [id, record] of Object.entries(profile.levels)) {
      views[id] = { completed: record.completed, bestStars: record.bestStars, attempts: record.attempts, hintsUsed: record.hintsUsed, mistakes: record.mistakes };
    }
    return views;
  }

  recordAttempt(levelId: string): Promise<void> {
    return this.updateLevel(levelId, (record) => { record.attempts += 1; });
  }

  recordHint(levelId: string): Promise<void> {
    return this.updateLevel(levelId, (record) => { record.hintsUsed += 1; });
  }

  recordMistake(levelId: string): Promise<void> {
    return this.updateLevel(levelId, (record) => { record.mistakes += 1; });
  }

  /** Marks a win, keeps the best stars, and unlocks `nextLevelId` if given. */
  recordCompletion(levelId: string, stars: Stars, nextLevelId: string | null): Promise<void> {
    return this.change((data) => {
      const profile = this.requireActiveIn(data);
      const record = (profile.levels[levelId] ??= emptyLevelProgress());
      record.completed = true;
      record.bestStars = Math.max(record.bestStars, stars) as Stars;
      if (nextLevelId !== null) (profile.levels[nextLevelId] ??= emptyLevelProgress()).unlocked = true;
    });
  }

  /** Resolves once every change made so far is on disk (or has failed to save). */
  async flush(): Promise<void> {
    await this.pendingSave;
  }

  private updateLevel(levelId: string, update: (record: LevelProgress) => void): Promise<void> {
    return this.change((data) => {
      const profile = this.requireActiveIn(data);
      update((profile.levels[levelId] ??= emptyLevelProgress()));
    });
  }

  /**
   * Applies a change in memory at once (so concurrent calls never lose each other's changes)
   * and saves; a failed save rejects, and the disk still holds the previous complete file.
   */
  private async change(mutate: (data: ProgressData) => void): Promise<void> {
    mutate(this.data);
    await this.save();
  }

  private save(): Promise<void> {
    if (!this.savingEnabled) return Promise.resolve();
    const contents = encodeProgress(this.data);
    const run = this.pendingSave.catch(() => {}).then(() => this.writeWithBackup(contents));
    this.pendingSave = run;
    return run;
  }

  private async writeWithBackup(contents: string): Promise<void> {
    const mainPath = path.join(this.directory, MAIN_FILE);
    const previous = await readFile(mainPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (previous !== null) await writeFileAtomic(path.join(this.directory, BACKUP_FILE), previous, this.renameOp);
    await writeFileAtomic(mainPath, contents, this.renameOp);
  }

  private findProfile(id: string | null): Profile | undefined {
    return id === null ? undefined : this.data.profiles.find((p) => p.id === id);
  }

  private requireActive(): Profile {
    return this.requireActiveIn(this.data);
  }

  private requireActiveIn(data: ProgressData): Profile {
    const profile = data.profiles.find((p) => p.id === data.activeProfileId);
    if (!profile) throw new ProfileError('no-profile', 'no player is selected: create or pick a player first');
    return profile;
  }
}

export class ProfileError extends Error {
  constructor(
    readonly code: 'conflict' | 'not-found' | 'no-profile',
    message: string,
  ) {
    super(message);
    this.name = 'ProfileError';
  }
}

function summarise(profile: Profile): ProfileSummary {
  const totalStars = Object.values(profile.levels).reduce((sum, level) => sum + level.bestStars, 0);
  return { id: profile.id, name: profile.name, totalStars };
}
