// While a challenge is in play on this machine, nothing here may compute its answers: the level
// editor solves and traces any pasted program (a challenge's own code included), grading shows
// every question's correct answer, and a campaign level that the pack also holds (same id or
// same program) reveals its answers when played. Those channels refuse in main, whatever the
// renderer shows, until every challenge in play is finished.
import { challengeInPlay, type ChallengeAttempt } from '../classroom/challenge';
import { ApiFailure } from './failure';
import type { HandlerTable } from './register';

export const LOCKED_DURING_CHALLENGE = [
  'editor:check', 'editor:trace', 'editor:solve', 'editor:check-answer',
  'classroom:export-pack', 'classroom:grade', 'classroom:export-csv',
] as const satisfies readonly (keyof HandlerTable)[];

type LockedChannel = (typeof LOCKED_DURING_CHALLENGE)[number];

/** The campaign channels that show a level's answers or trace, refused for a level the challenge holds. */
const LEVEL_CHANNELS = ['levels:open', 'levels:answer', 'levels:trace', 'levels:hint'] as const satisfies readonly (keyof HandlerTable)[];
type LevelChannel = (typeof LEVEL_CHANNELS)[number];

const sameProgram = (a: string, b: string) => a.replace(/\s+$/gm, '').trim() === b.replace(/\s+$/gm, '').trim();

/** The unfinished challenge that holds this campaign level (by id or by program), if any. */
function challengeHolding(attempts: ReadonlyMap<string, ChallengeAttempt>, levelId: string, code: string | undefined): ChallengeAttempt | null {
  for (const attempt of attempts.values()) {
    if (attempt.finishedAtMs !== null) continue;
    if (attempt.pack.levels.some((level) => level.id === levelId || (code !== undefined && sameProgram(level.code, code)))) return attempt;
  }
  return null;
}

/** The message a locked channel refuses with, naming the challenge that holds the lock. */
export function lockMessage(attempt: ChallengeAttempt): string {
  return `the level editor and grading are locked while the challenge "${attempt.pack.title}" is in play (${attempt.profileName}): finish it first`;
}

/**
 * `table` with the authoring and grading channels refusing (code `locked`) while a challenge is
 * unfinished, and the campaign channels refusing for a level the challenge holds; `campaignCode`
 * gives a campaign level's program.
 */
export function lockDuringChallenge(
  table: HandlerTable,
  attempts: ReadonlyMap<string, ChallengeAttempt>,
  campaignCode: (levelId: string) => string | undefined,
): HandlerTable {
  const guard = <C extends LockedChannel>(channel: C): HandlerTable[C] =>
    ((arg: Parameters<HandlerTable[C]>[0]) => {
      const playing = challengeInPlay(attempts);
      if (playing) throw new ApiFailure('locked', lockMessage(playing));
      return (table[channel] as (a: typeof arg) => unknown)(arg);
    }) as HandlerTable[C];
  const locked = Object.fromEntries(LOCKED_DURING_CHALLENGE.map((channel) => [channel, guard(channel)])) as Pick<HandlerTable, LockedChannel>;
  const guardLevel = <C extends LevelChannel>(channel: C): HandlerTable[C] =>
    ((arg: Parameters<HandlerTable[C]>[0]) => {
      const holding = challengeHolding(attempts, arg.levelId, campaignCode(arg.levelId));
      if (holding) throw new ApiFailure('locked', `this level is part of the challenge "${holding.pack.title}" in play (${holding.profileName}): finish the challenge first`);
      return (table[channel] as (a: typeof arg) => unknown)(arg);
    }) as HandlerTable[C];
  const levels = Object.fromEntries(LEVEL_CHANNELS.map((channel) => [channel, guardLevel(channel)])) as Pick<HandlerTable, LevelChannel>;
  return { ...table, ...locked, ...levels };
}
