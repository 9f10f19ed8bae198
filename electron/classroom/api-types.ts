// The classroom's result shapes on the channel map (re-exported by electron/api.ts). Types only,
// free of zod and Node, so the renderer can import them with `import type`.
import type { PlayableLevel, PlayerAnswer } from '../api';
import type { LevelQuestion } from '../levels/schema';

export interface PackRulesView {
  readonly hints: boolean;
  /** 1: one answer per question and no verdict until the teacher grades; 3: three tries, each told right or wrong */
  readonly attemptsPerQuestion: 1 | 3;
}

export interface PackSummary {
  readonly id: string;
  readonly title: string;
  readonly createdAt: string;
  readonly timeLimitMinutes: number | null;
  readonly rules: PackRulesView;
  readonly levels: readonly { readonly id: string; readonly title: string; readonly questionCount: number }[];
}

export interface PackList {
  readonly packs: readonly PackSummary[];
  /** stored pack files that no longer read (left on disk, not listed) */
  readonly problems: readonly string[];
}

/** A refused pack is a normal outcome, not an error: `problems` says what is wrong, one line each. */
/** Which level of the pack being imported the engine is checking (polled while the import runs). */
export interface PackImportProgress {
  readonly checking: boolean;
  /** 0-based index of the level being checked, of `levels` */
  readonly level: number;
  readonly levels: number;
  readonly title: string;
}

export type PackImportResult =
  | { readonly status: 'imported' | 'already-imported'; readonly pack: PackSummary }
  | { readonly status: 'refused'; readonly problems: readonly string[] };

export interface SavedFile {
  readonly path: string;
  readonly bytes: number;
}

export interface PackExportResult extends SavedFile {
  /** the exported pack, also stored in this app's packs so it can be test-played and graded */
  readonly pack: PackSummary;
}

export type PackExportOutcome = ({ readonly status: 'exported' } & PackExportResult) | { readonly status: 'refused'; readonly problems: readonly string[] };

/** One question of a challenge in play; a challenge never reveals a correct answer. */
export type ChallengeQuestionState =
  | { readonly state: 'open'; readonly tries: number }
  | { readonly state: 'closed'; readonly tries: number; readonly verdict: 'recorded' | 'right' | 'out-of-tries' };

/** A level of a challenge in play (hintCount is 0 when the pack's rules switch hints off). */
export interface ChallengeLevelView extends PlayableLevel {
  readonly status: readonly ChallengeQuestionState[];
}

export interface ChallengeView {
  readonly packId: string;
  readonly title: string;
  readonly rules: PackRulesView;
  readonly timeLimitMinutes: number | null;
  readonly startedAt: string;
  /** when answers stop being accepted, or null without a time limit */
  readonly deadline: string | null;
  readonly finishedAt: string | null;
  readonly profileName: string;
  readonly levels: readonly ChallengeLevelView[];
  readonly answeredQuestions: number;
  readonly totalQuestions: number;
}

export type ChallengeVerdict =
  | { readonly verdict: 'recorded' }
  | { readonly verdict: 'right' }
  | { readonly verdict: 'wrong'; readonly triesLeft: number }
  | { readonly verdict: 'out-of-tries' };

export type ChallengeAnswerResult = ChallengeVerdict & {
  readonly status: ChallengeQuestionState;
  readonly unlockedSteps: number;
  readonly answeredQuestions: number;
  readonly totalQuestions: number;
};

export interface ChallengeFinish {
  readonly view: ChallengeView;
  /** e.g. `Ana - Aliasing quiz.rqresult`, for the save dialog */
  readonly suggestedFileName: string;
}

// ---- grading ---------------------------------------------------------------------------

export interface GradedLevel {
  readonly levelId: string;
  readonly right: number;
  readonly questions: number;
  readonly answered: number;
  /** how many of the level's hints the student took */
  readonly hints: number;
  /** ms into the challenge when the level's last answer was given, null if none was */
  readonly doneAtMs: number | null;
}

export interface GradedStudent {
  readonly profileName: string;
  /** the result file's name as opened */
  readonly file: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationMs: number;
  readonly totalRight: number;
  readonly totalQuestions: number;
  readonly totalHints: number;
  readonly levels: readonly GradedLevel[];
  /** what looks wrong about this file; empty for a result the question statistics count */
  readonly flags: readonly ResultFlag[];
}

export interface WrongAnswerCount {
  /** the answer as a person reads it, e.g. `3` or `{grid[0], grid[1], grid[2]}` */
  readonly answer: string;
  readonly count: number;
}

export interface QuestionStats {
  readonly levelId: string;
  readonly levelTitle: string;
  readonly question: number;
  readonly kind: LevelQuestion['kind'];
  readonly prompt: string;
  readonly correctAnswer: string;
  readonly right: number;
  /** students who did not end up right (wrong or unanswered) */
  readonly missed: number;
  readonly unanswered: number;
  /** most frequent first, ties by text */
  readonly wrongAnswers: readonly WrongAnswerCount[];
}

/** The first three make a file ungradable; duplicate-file is a copy shown once; the rest flag a row. */
export type ResultFlagKind =
  | 'unreadable' | 'malformed' | 'other-pack' | 'duplicate-file'
  | 'duplicate-player' | 'tampered' | 'no-integrity' | 'broken-chain' | 'impossible-time' | 'same-history' | 'look-alike-name';

/** Something wrong with a result file, and what. */
export interface ResultFlag {
  readonly file: string;
  readonly kind: ResultFlagKind;
  readonly message: string;
  readonly profileName: string | null;
}

export interface GradeReport {
  readonly pack: {
    readonly id: string;
    readonly title: string;
    readonly levels: readonly { readonly id: string; readonly title: string; readonly questionCount: number }[];
  };
  /** every gradable result, by name, each with its flags */
  readonly students: readonly GradedStudent[];
  /** every question, most missed first, over the unflagged results */
  readonly questions: readonly QuestionStats[];
  readonly flags: readonly ResultFlag[];
}

/** One answer as a result file records it. */
export interface ResultAnswerView {
  readonly levelId: string;
  readonly question: number;
  readonly answer: PlayerAnswer;
  readonly atMs: number;
}
