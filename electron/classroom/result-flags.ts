// What the teacher view flags about a result file that reads, is for the right pack and can be
// graded: its own record (the integrity chain, the pack's rules, times that cannot happen) and
// how it stands against the class's other files (the same name written another way, the same
// answer history under two names). A flag never removes a result: the file is shown, flagged,
// and the teacher decides.
import type { LevelSolution } from '../levels/answers';
import type { ResultFlag } from './api-types';
import { nameSkeleton, nameTricks } from './name-skeleton';
import type { ChallengePack } from './pack-format';
import { canonicalJson, chainProblem } from './result-chain';
import type { ChallengeResult } from './result-format';
import { tamperProblem } from './result-integrity';

/** Clock slack between the machine that played and the one that grades. */
const CLOCK_SKEW_MS = 10 * 60_000;

export interface ScreenedFile {
  readonly file: string;
  readonly result: ChallengeResult;
}

type FlagSink = (file: ScreenedFile, kind: ResultFlag['kind'], message: string) => void;

const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;

/** Times no one playing this pack in this app could have: all at 0 ms, past the limit, before the pack, in the future. */
export function impossibleTime(result: ChallengeResult, pack: ChallengePack, nowMs: number): string | null {
  const started = Date.parse(result.startedAt);
  const finished = Date.parse(result.finishedAt);
  if (result.answers.length > 1 && result.answers.every((a) => a.atMs === 0)) return `all ${result.answers.length} answers are timed at 0 ms`;
  if (pack.timeLimitMinutes !== undefined && finished - started > pack.timeLimitMinutes * 60_000 + CLOCK_SKEW_MS) {
    return `it took ${minutes(finished - started)}, longer than the pack's ${pack.timeLimitMinutes}-minute limit allows`;
  }
  if (started < Date.parse(pack.createdAt) - CLOCK_SKEW_MS) return `it started ${result.startedAt}, before the pack was made (${pack.createdAt})`;
  if (finished > nowMs + CLOCK_SKEW_MS) return `it finished ${result.finishedAt}, in the future`;
  return null;
}

/** Flags one file on its own. */
export function flagOwnRecord(entry: ScreenedFile, pack: ChallengePack, solutions: readonly LevelSolution[], nowMs: number, flag: FlagSink): void {
  const { result } = entry;
  if (!result.integrity) flag(entry, 'no-integrity', 'made by an older RefQuest: it has no integrity record, so an edit by hand would not show');
  else {
    const broken = chainProblem(result, result.integrity);
    if (broken) flag(entry, 'broken-chain', `its integrity record is broken: ${broken}`);
  }
  const tampered = tamperProblem(result, pack, solutions);
  if (tampered) flag(entry, 'tampered', `edited or damaged: ${tampered}`);
  const time = impossibleTime(result, pack, nowMs);
  if (time) flag(entry, 'impossible-time', `impossible times: ${time}`);
}

function groupsOf(entries: readonly ScreenedFile[], keyOf: (entry: ScreenedFile) => string | null): ScreenedFile[][] {
  const groups = new Map<string, ScreenedFile[]>();
  for (const entry of entries) {
    const key = keyOf(entry);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

const fileList = (group: readonly ScreenedFile[]) => group.map((g) => g.file).join(', ');
const quoted = (name: string) => JSON.stringify(name);

/** The same answers at the same milliseconds, or the same attempt's nonce: one attempt handed in twice. */
const historyKey = ({ result }: ScreenedFile): string | null =>
  result.answers.length === 0 ? null : canonicalJson([result.answers, result.hints]);

/** Flags files against each other: one name written several ways, two results under one name, one history under two names. */
export function flagAcrossFiles(entries: readonly ScreenedFile[], flag: FlagSink): void {
  const nameGroups = groupsOf(entries, ({ result }) => nameSkeleton(result.profileName));
  for (const group of nameGroups) {
    const plain = new Set(group.map(({ result }) => result.profileName.trim().toLowerCase()));
    for (const entry of group) {
      if (plain.size === 1) {
        flag(entry, 'duplicate-player', `${quoted(entry.result.profileName)} handed in ${group.length} different results (${fileList(group)}); each is shown, the teacher decides`);
        continue;
      }
      const described = (e: ScreenedFile) => {
        const tricks = nameTricks(e.result.profileName);
        return `${quoted(e.result.profileName)} in ${e.file}${tricks.length > 0 ? ` (with ${tricks.join(', ')})` : ''}`;
      };
      const others = group.filter((g) => g !== entry).map(described).join(', ');
      flag(entry, 'look-alike-name', `${described(entry)} reads the same as ${others}: one student, or one posing as another?`);
    }
  }
  const sameHistory = new Set<ScreenedFile>();
  for (const group of [...groupsOf(entries, historyKey), ...groupsOf(entries, ({ result }) => result.integrity?.nonce ?? null)]) {
    for (const entry of group) {
      if (sameHistory.has(entry)) continue;
      sameHistory.add(entry);
      const others = group.filter((g) => g !== entry);
      flag(entry, 'same-history', `the same answer history as ${others.map((g) => `${g.file} (${quoted(g.result.profileName)})`).join(', ')}: one attempt handed in ${group.length} times`);
    }
  }
  // invisible characters are a trick even when no other name collides
  const collided = new Set(nameGroups.flat());
  for (const entry of entries) {
    const name = entry.result.profileName;
    if (/[\p{Cf}\p{Cc}]/u.test(name) && !collided.has(entry)) {
      flag(entry, 'look-alike-name', `${quoted(name)} has ${nameTricks(name).join(', ')}`);
    }
  }
}
