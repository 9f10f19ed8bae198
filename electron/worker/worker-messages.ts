// What an engine worker posts back to main for job `id`.
import type { PackProgress } from '../classroom/pack-check';

export type FromWorker =
  /** sent once, when the engine has loaded: a job's deadline starts only then */
  | { readonly id: 0; readonly type: 'ready' }
  | { readonly id: number; readonly type: 'progress'; readonly progress: PackProgress }
  | { readonly id: number; readonly type: 'done'; readonly value: unknown }
  | { readonly id: number; readonly type: 'failed'; readonly message: string };
