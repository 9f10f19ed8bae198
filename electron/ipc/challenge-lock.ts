// While a challenge is in play on this machine, nothing here may compute its answers: the level
// editor solves and traces any pasted program (a challenge's own code included) and grading
// shows every question's correct answer. Those channels refuse in main, whatever the renderer
// shows, until every challenge in play is finished.
import { challengeInPlay, type ChallengeAttempt } from '../classroom/challenge';
import { ApiFailure } from './failure';
import type { HandlerTable } from './register';

export const LOCKED_DURING_CHALLENGE = [
  'editor:check', 'editor:trace', 'editor:solve', 'editor:check-answer',
  'classroom:export-pack', 'classroom:grade', 'classroom:export-csv',
] as const satisfies readonly (keyof HandlerTable)[];

type LockedChannel = (typeof LOCKED_DURING_CHALLENGE)[number];

/** The message a locked channel refuses with, naming the challenge that holds the lock. */
export function lockMessage(attempt: ChallengeAttempt): string {
  return `the level editor and grading are locked while the challenge "${attempt.pack.title}" is in play (${attempt.profileName}): finish it first`;
}

/** `table` with the authoring and grading channels refusing (code `locked`) while a challenge is unfinished. */
export function lockDuringChallenge(table: HandlerTable, attempts: ReadonlyMap<string, ChallengeAttempt>): HandlerTable {
  const guard = <C extends LockedChannel>(channel: C): HandlerTable[C] =>
    ((arg: Parameters<HandlerTable[C]>[0]) => {
      const playing = challengeInPlay(attempts);
      if (playing) throw new ApiFailure('locked', lockMessage(playing));
      return (table[channel] as (a: typeof arg) => unknown)(arg);
    }) as HandlerTable[C];
  const locked = Object.fromEntries(LOCKED_DURING_CHALLENGE.map((channel) => [channel, guard(channel)])) as Pick<HandlerTable, LockedChannel>;
  return { ...table, ...locked };
}
