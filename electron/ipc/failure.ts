import type { ErrorCode } from '../api';

/** Thrown by handlers for an expected refusal; the dispatch turns it into `{ ok: false, error }`. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** Anything with a known error code (e.g. the store's ProfileError) is passed on as that code. */
export function asApiFailure(error: unknown): ApiFailure | null {
  if (error instanceof ApiFailure) return error;
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && KNOWN_CODES.has(error.code as ErrorCode)) {
    return new ApiFailure(error.code as ErrorCode, error.message);
  }
  return null;
}

const KNOWN_CODES = new Set<ErrorCode>(['not-found', 'locked', 'no-profile', 'conflict', 'engine-unavailable']);
