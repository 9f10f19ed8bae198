// The channel map: the one contract between the main process and the renderer.
// Main registers one handler per channel (electron/ipc/), preload exposes one function per
// channel as `window.refquest`, the e2e host binds the same handlers into Chromium.
// The renderer imports TYPES ONLY from this file (`import type`), never the schemas.
import { z } from 'zod';
import { absolutePathSchema, exportCsvArgSchema, exportPackArgSchema, fileSourceSchema, gradeArgSchema } from './classroom/channel-schemas';
import type {
  ChallengeAnswerResult, ChallengeFinish, ChallengeView, GradeReport, PackExportOutcome, PackImportProgress, PackImportResult, PackList, SavedFile,
} from './classroom/api-types';
import type { EditorAnswerCheck, EditorSolveResult, EditorTraceSlice, MenuCommand, OpenedFiles, ProgramCheck, SaveTarget } from './editor/api-types';
import { CHANNEL_NAMES } from './ipc/channel-names';
import { levelSchema } from './levels/schema';
import { MAX_CODE_CHARS } from './classroom/limits';
import type { ChannelName } from './ipc/channel-names';

/** A phantom value that carries a result type in the map; it is never read at run time. */
const returns = <T>(): T => undefined as unknown as T;

const levelId = z.string().min(1).max(100);
const questionIndex = z.int().min(0).max(50);
const objectLabel = z.string().min(1).max(200);
const editedCode = z.string().max(MAX_CODE_CHARS);

/** What the player commits for one question; the kind must match the question's kind. */
export const playerAnswerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('refcount'), count: z.int().min(0).max(1_000_000) }),
  /** a partition of the question's targets: each group is one object */
  z.strictObject({ kind: z.literal('alias'), groups: z.array(z.array(objectLabel).min(1).max(20)).min(1).max(20) }),
  z.strictObject({ kind: z.literal('output'), text: z.string().max(10_000) }),
  z.strictObject({ kind: z.literal('identity'), same: z.boolean() }),
  /** labels from the question's candidates; candidates in neither list are "still alive" */
  z.strictObject({
    kind: z.literal('freed'),
    freed: z.array(objectLabel).max(20),
    unreachable: z.array(objectLabel).max(20),
  }),
  z.strictObject({ kind: z.literal('collect'), collected: z.int().min(0).max(1_000_000) }),
  /** sys.getsizeof: the byte count of one expression, or which of several are the largest */
  z.strictObject({
    kind: z.literal('size'),
    bytes: z.int().min(0).max(1_000_000_000).optional(),
    largest: z.array(objectLabel).min(1).max(8).optional(),
  }).refine((a) => (a.bytes === undefined) !== (a.largest === undefined), 'give either bytes or largest'),
  /** draw the heap: an arrow from each name (`grid`) or slot of a palette object (`A1[0]`, `B1.x`, `C1['k']`) to a palette object */
  z.strictObject({
    kind: z.literal('heap'),
    edges: z.array(z.strictObject({ from: z.string().min(1).max(120), to: objectLabel })).max(200),
  }),
  /** make this heap: the program is these lines of the question's pool, in this order */
  z.strictObject({ kind: z.literal('make'), order: z.array(z.int().min(0).max(30)).max(30) }),
  /** spot the leak: the candidates that survive as unreachable cycles (none is a valid answer) */
  z.strictObject({ kind: z.literal('leak'), objects: z.array(objectLabel).max(30) }),
]);
export type PlayerAnswer = z.infer<typeof playerAnswerSchema>;
export type QuestionKind = PlayerAnswer['kind'];

// ---- result shapes -------------------------------------------------------------------

export type LevelState = 'locked' | 'open' | 'completed';
export type Stars = 0 | 1 | 2 | 3;

export interface LevelSummary {
  readonly id: string;
  readonly title: string;
  readonly difficulty: number;
  readonly concepts: readonly string[];
  readonly state: LevelState;
  /** best stars so far (0 unless completed) */
  readonly stars: Stars;
}

export interface WorldSummary {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly levels: readonly LevelSummary[];
  readonly starsEarned: number;
  readonly starsPossible: number;
}

/** A level file that did not load, e.g. `levels/w1/x.yaml: questions[0].after: expected number`. */
export interface LevelProblem {
  readonly path: string;
  /** dotted/indexed path of the bad field, '' when the whole file is at fault */
  readonly field: string;
  readonly message: string;
  /** `path: field: message`, ready to show */
  readonly text: string;
}

export interface LevelList {
  readonly worlds: readonly WorldSummary[];
  readonly problems: readonly LevelProblem[];
}

/** One object of a puzzle diagram: a box with its slots; an atom slot shows its value inline. */
export interface SketchObject {
  /** `A1`: the letter is the look (objects with one letter are indistinguishable), the digit the copy */
  readonly label: string;
  readonly type: string;
  readonly repr: string;
  /** `[0]`, `.x`, `['k']`; value = the inline repr of an atom (int, str...), null = an arrow goes out */
  readonly slots: readonly { readonly key: string; readonly value: string | null }[];
}

/** An arrow of a puzzle diagram: from a name (`grid`) or an object's slot (`A1[0]`) to an object label. */
export interface SketchEdge {
  readonly from: string;
  readonly to: string;
}

/** A whole puzzle diagram (make this heap's target). */
export interface HeapSketch {
  readonly names: readonly string[];
  readonly objects: readonly SketchObject[];
  readonly edges: readonly SketchEdge[];
  /** how many objects are left unreachable, awaiting the cycle collector */
  readonly unreachable: number;
}

/** A spot-the-leak candidate: an object alive before the question's line, named by an expression. */
export interface LeakCandidate {
  readonly label: string;
  /** the object's id in the trace steps the player may already read (for picking in the diagram) */
  readonly objectId: number;
  readonly type: string;
  readonly repr: string;
}

/** What a wrong answer got wrong, where telling it is the lesson (draw/make the heap). */
export type AnswerDiff =
  | {
      readonly kind: 'heap';
      /** sources (names or slots, in the player's labels) with no arrow that needs one */
      readonly missing: readonly string[];
      /** arrows that point at the wrong object (or split/merge objects that are one/several) */
      readonly wrong: readonly string[];
      /** arrows the heap does not have */
      readonly extra: readonly string[];
    }
  | { readonly kind: 'make'; readonly notes: readonly string[] };

/** A question as the renderer may see it: the prompt and its options, never its answer. */
export type PublicQuestion =
  | { readonly index: number; readonly kind: 'refcount'; readonly prompt: string; readonly after: number; readonly expr: string }
  | { readonly index: number; readonly kind: 'alias'; readonly prompt: string; readonly after: number; readonly targets: readonly string[] }
  | { readonly index: number; readonly kind: 'output'; readonly prompt: string; readonly line: number }
  | { readonly index: number; readonly kind: 'identity'; readonly prompt: string; readonly after: number; readonly left: string; readonly right: string }
  | { readonly index: number; readonly kind: 'freed'; readonly prompt: string; readonly line: number; readonly candidates: readonly string[] }
  | { readonly index: number; readonly kind: 'collect'; readonly prompt: string; readonly line: number }
  | { readonly index: number; readonly kind: 'size'; readonly prompt: string; readonly after: number; readonly exprs: readonly string[] }
  | {
      readonly index: number; readonly kind: 'heap'; readonly prompt: string; readonly after: number;
      /** the names to connect, and the palette: the objects after the line plus look-alike decoys */
      readonly names: readonly string[]; readonly palette: readonly SketchObject[];
    }
  | { readonly index: number; readonly kind: 'make'; readonly prompt: string; readonly lines: readonly string[]; readonly target: HeapSketch }
  | { readonly index: number; readonly kind: 'leak'; readonly prompt: string; readonly after: number; readonly candidates: readonly LeakCandidate[] };

/** The state of one question in the current attempt. */
export type QuestionStatus =
  | { readonly state: 'open'; readonly mistakes: number }
  | { readonly state: 'closed'; readonly mistakes: number; readonly outcome: AnswerOutcome };

export interface AnswerOutcome {
  /** right: answered correctly; revealed: out of tries, the answer is shown */
  readonly verdict: 'right' | 'revealed';
  readonly correct: PlayerAnswer;
  readonly explanation: string;
  /** where other Python versions answer differently (from the level's generated version table) */
  readonly otherVersions?: OtherVersions;
}

/** Other Pythons' answers to a question that differ from CPython 3.11's, and the level's reason. */
export interface OtherVersions {
  readonly note: string;
  readonly answers: readonly { readonly version: string; readonly answer: PlayerAnswer }[];
}

/** What any playable level shows the player (campaign or challenge): never an answer. */
export interface PlayableLevel {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly concepts: readonly string[];
  readonly difficulty: number;
  readonly code: string;
  readonly questions: readonly PublicQuestion[];
  readonly hintsShown: readonly string[];
  readonly hintCount: number;
  /** the player may read trace steps [0, unlockedSteps) */
  readonly unlockedSteps: number;
}

export interface LevelView extends PlayableLevel {
  readonly worldId: string;
  /** the Python versions that answer some question of this level differently from 3.11 */
  readonly versionsDiffer?: readonly string[];
  readonly status: readonly QuestionStatus[];
  readonly triesPerQuestion: number;
}

export type AnswerResult =
  | { readonly verdict: 'wrong'; readonly triesLeft: number; readonly unlockedSteps: number; readonly diff?: AnswerDiff }
  | {
      readonly verdict: 'right' | 'revealed';
      readonly correct: PlayerAnswer;
      readonly explanation: string;
      readonly otherVersions?: OtherVersions;
      readonly unlockedSteps: number;
      /** set when this answer closed the level's last question */
      readonly completed: LevelCompletion | null;
    };

export interface LevelCompletion {
  readonly stars: Stars;
  readonly bestStars: Stars;
  /** the level this win unlocked, if it was locked before */
  readonly unlockedLevelId: string | null;
}

/** The heap snapshot shapes a trace step carries, part of the channel map like every other result. */
export type { ObjectState, ObjectView, RefHolder, Snapshot } from './engine/trace/model';

/** One trace step as the engine records it; the payload shape is the engine's trace format. */
export interface TraceStepView {
  readonly index: number;
  readonly data: unknown;
}

export interface TraceSlice {
  readonly steps: readonly TraceStepView[];
  readonly unlockedSteps: number;
  /** true once every question is closed: the whole trace is readable */
  readonly fullyUnlocked: boolean;
}

export interface HintResult {
  readonly hint: string;
  /** 0-based index of this hint */
  readonly index: number;
  readonly remaining: number;
}

export interface ProfileSummary {
  readonly id: string;
  readonly name: string;
  readonly totalStars: number;
}

export interface ProfileList {
  readonly profiles: readonly ProfileSummary[];
  readonly activeProfileId: string | null;
}

export interface LevelProgressView {
  readonly completed: boolean;
  readonly bestStars: Stars;
  readonly attempts: number;
  readonly hintsUsed: number;
  readonly mistakes: number;
}

/** Something the player must be told about the saved progress (recovery, refusal, ...). */
export interface StoreNotice {
  readonly severity: 'info' | 'warning' | 'error';
  readonly message: string;
}

export interface ProgressView {
  readonly activeProfile: ProfileSummary | null;
  readonly levels: Readonly<Record<string, LevelProgressView>>;
  readonly notices: readonly StoreNotice[];
  /** false when saving is switched off (e.g. the file on disk is from a newer version) */
  readonly savingEnabled: boolean;
}

// ---- the map ---------------------------------------------------------------------------

const noArgument = z.strictObject({});

export const channels = {
  'levels:list': { arg: noArgument, result: returns<LevelList>() },
  'levels:open': { arg: z.strictObject({ levelId }), result: returns<LevelView>() },
  'levels:answer': {
    arg: z.strictObject({ levelId, question: questionIndex, answer: playerAnswerSchema }),
    result: returns<AnswerResult>(),
  },
  'levels:trace': {
    arg: z.strictObject({ levelId, from: z.int().min(0), count: z.int().min(1).max(500) }),
    result: returns<TraceSlice>(),
  },
  'levels:hint': { arg: z.strictObject({ levelId }), result: returns<HintResult>() },
  'profiles:list': { arg: noArgument, result: returns<ProfileList>() },
  'profiles:create': {
    arg: z.strictObject({ name: z.string().trim().min(1).max(40) }),
    result: returns<ProfileList>(),
  },
  'profiles:select': { arg: z.strictObject({ profileId: z.string().min(1).max(100) }), result: returns<ProfileList>() },
  'progress:get': { arg: noArgument, result: returns<ProgressView>() },
  // classroom challenges (electron/classroom/): packs, a challenge in play, grading
  'classroom:packs': { arg: noArgument, result: returns<PackList>() },
  'classroom:import-pack': { arg: z.strictObject({ file: fileSourceSchema }), result: returns<PackImportResult>() },
  'classroom:import-progress': { arg: noArgument, result: returns<PackImportProgress>() },
  'classroom:cancel-import': { arg: noArgument, result: returns<{ readonly cancelled: boolean }>() },
  'classroom:remove-pack': { arg: z.strictObject({ packId: z.string().min(1).max(100) }), result: returns<PackList>() },
  'classroom:export-pack': { arg: exportPackArgSchema, result: returns<PackExportOutcome>() },
  'classroom:start': { arg: z.strictObject({ packId: z.string().min(1).max(100) }), result: returns<ChallengeView>() },
  'classroom:current': { arg: noArgument, result: returns<ChallengeView | null>() },
  'classroom:answer': {
    arg: z.strictObject({ levelId, question: questionIndex, answer: playerAnswerSchema }),
    result: returns<ChallengeAnswerResult>(),
  },
  'classroom:hint': { arg: z.strictObject({ levelId }), result: returns<HintResult>() },
  'classroom:trace': {
    arg: z.strictObject({ levelId, from: z.int().min(0), count: z.int().min(1).max(500) }),
    result: returns<TraceSlice>(),
  },
  'classroom:finish': { arg: noArgument, result: returns<ChallengeFinish>() },
  'classroom:save-result': { arg: z.strictObject({ path: absolutePathSchema }), result: returns<SavedFile>() },
  'classroom:grade': { arg: gradeArgSchema, result: returns<GradeReport>() },
  'classroom:export-csv': { arg: exportCsvArgSchema, result: returns<SavedFile>() },
  // the level editor (electron/editor/): the engine's verdict on a program being typed, its trace, the answers
  'editor:check': { arg: z.strictObject({ code: editedCode }), result: returns<ProgramCheck>() },
  'editor:trace': {
    arg: z.strictObject({ code: editedCode, from: z.int().min(0), count: z.int().min(1).max(500) }),
    result: returns<EditorTraceSlice>(),
  },
  'editor:solve': { arg: z.strictObject({ level: levelSchema }), result: returns<EditorSolveResult>() },
  'editor:check-answer': {
    arg: z.strictObject({ level: levelSchema, question: questionIndex, answer: playerAnswerSchema }),
    result: returns<EditorAnswerCheck>(),
  },
  // native file dialogs: main remembers the paths they return, the classroom channels touch only those
  'dialog:open-files': { arg: z.strictObject({ purpose: z.enum(['pack', 'results']) }), result: returns<OpenedFiles>() },
  'dialog:save-file': {
    arg: z.strictObject({ purpose: z.enum(['pack', 'result', 'csv']), suggestedName: z.string().min(1).max(255) }),
    result: returns<SaveTarget>(),
  },
  /** resolves when the person picks a classroom item in the app menu */
  'app:menu-command': { arg: noArgument, result: returns<MenuCommand>() },
} as const satisfies Record<ChannelName, { readonly arg: z.ZodType; readonly result: unknown }>;

export type Channel = keyof typeof channels;
export type ArgOf<C extends Channel> = z.input<(typeof channels)[C]['arg']>;
export type ParsedArgOf<C extends Channel> = z.output<(typeof channels)[C]['arg']>;
export type ResultOf<C extends Channel> = (typeof channels)[C]['result'];

/** Every channel, in a zod-free list (see ipc/channel-names.ts); equal to the map's keys. */
export const channelNames: readonly Channel[] = CHANNEL_NAMES;

export type ErrorCode =
  | 'bad-argument'
  | 'forbidden-sender'
  | 'unknown-channel'
  | 'not-found'
  | 'locked'
  | 'no-profile'
  | 'conflict'
  | 'engine-unavailable'
  /** an engine job was stopped at its deadline or memory cap (or failed): the message says which */
  | 'engine-stopped'
  | 'internal';

export interface ApiError {
  readonly code: ErrorCode;
  readonly message: string;
}

export type * from './classroom/api-types';
export type * from './editor/api-types';
export type { FileSource, PackLevels, PackSource } from './classroom/channel-schemas';

/** Every call resolves (never rejects across the bridge) with this envelope. */
export type Reply<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

/** `window.refquest`: one function per channel, keyed by the channel name. */
export type RefquestApi = { readonly [C in Channel]: (arg: ArgOf<C>) => Promise<Reply<ResultOf<C>>> };
