// Imported packs, one `<id>.rqpack` file each in userData/packs/. A pack is checked in full
// (schema and engine) before anything is written, so a refused pack touches nothing stored.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../progress/atomic-file';
import type { LevelSolution } from '../levels/answers';
import { ByteBoundedCache } from '../worker/byte-cache';
import { readPack, type CheckedPack } from './pack-check';
import { PACK_EXTENSION, serializePack } from './pack-format';
import type { ChallengePack } from './pack-format';

export type ImportOutcome =
  | { readonly status: 'imported' | 'already-imported'; readonly pack: ChallengePack }
  | { readonly status: 'refused'; readonly problems: readonly string[] };

export const PACKS_FOLDER = 'packs';

/** Answers of the packs in use; a pack's traces are never kept here (a worker reads them again). */
export const PACK_SOLUTIONS_BYTES = 16 * 1024 * 1024;

/** Checks a pack file's bytes in full (in the app: in an engine worker). */
export type PackChecker = (input: Uint8Array | string) => CheckedPack | Promise<CheckedPack>;
/** Solves a stored pack's levels again (a stored file was checked on import). */
export type PackSolver = (pack: ChallengePack) => CheckedPack | Promise<CheckedPack>;

export class PackStore {
  private readonly solutions = new ByteBoundedCache<string, readonly LevelSolution[]>(PACK_SOLUTIONS_BYTES);

  private constructor(
    private readonly directory: string,
    private readonly packs: Map<string, ChallengePack>,
    /** stored files that no longer read as packs (left in place, reported) */
    readonly problems: readonly string[],
  ) {}

  static async open(userDataDir: string): Promise<PackStore> {
    const directory = path.join(userDataDir, PACKS_FOLDER);
    const packs = new Map<string, ChallengePack>();
    const problems: string[] = [];
    let names: string[] = [];
    try {
      names = (await readdir(directory)).filter((name) => name.endsWith(PACK_EXTENSION)).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const name of names) {
      const reading = readPack(await readFile(path.join(directory, name)));
      if (reading.ok && `${reading.pack.id}${PACK_EXTENSION}` === name) packs.set(reading.pack.id, reading.pack);
      else problems.push(`${PACKS_FOLDER}/${name}: ${reading.ok ? 'its name does not match its id' : reading.problems.join('; ')}`);
    }
    return new PackStore(directory, packs, problems);
  }

  list(): ChallengePack[] {
    return [...this.packs.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.title.localeCompare(b.title));
  }

  get(packId: string): ChallengePack | undefined {
    return this.packs.get(packId);
  }

  /** Checks a pack file's bytes in full; only a pack that passes is written. */
  async importBytes(input: Uint8Array | string, check: PackChecker): Promise<ImportOutcome> {
    const checked = await check(input);
    if (!checked.ok) return { status: 'refused', problems: checked.problems };
    return this.store(checked.pack, checked.solutions);
  }

  /** Stores a pack already checked by checkPack/solvePack (e.g. one this app just exported). */
  async store(pack: ChallengePack, solutions: readonly LevelSolution[]): Promise<ImportOutcome> {
    const existing = this.packs.get(pack.id);
    if (existing) {
      if (serializePack(existing) === serializePack(pack)) return { status: 'already-imported', pack: existing };
      return {
        status: 'refused',
        problems: [`a different pack with the same id is already imported ("${existing.title}"); remove it first`],
      };
    }
    await mkdir(this.directory, { recursive: true });
    await writeFileAtomic(path.join(this.directory, `${pack.id}${PACK_EXTENSION}`), serializePack(pack));
    this.packs.set(pack.id, pack);
    this.solutions.set(pack.id, solutions);
    return { status: 'imported', pack };
  }

  async remove(packId: string): Promise<boolean> {
    if (!this.packs.has(packId)) return false;
    await rm(path.join(this.directory, `${packId}${PACK_EXTENSION}`), { force: true });
    this.packs.delete(packId);
    this.solutions.delete(packId);
    return true;
  }

  /** The engine's answers for a stored pack, computed once and kept while the byte cap allows. */
  async solutionsOf(packId: string, solve: PackSolver): Promise<readonly LevelSolution[]> {
    const cached = this.solutions.get(packId);
    if (cached) return cached;
    const pack = this.packs.get(packId);
    if (!pack) throw new Error(`no pack with id ${packId}`);
    const checked = await solve(pack);
    if (!checked.ok) throw new Error(`the stored pack "${pack.title}" no longer runs: ${checked.problems.join('; ')}`);
    this.solutions.set(packId, checked.solutions);
    return checked.solutions;
  }
}
