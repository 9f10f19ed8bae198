import type { ApiError, ErrorCode } from '../../electron/api';

/** A channel call that main answered with an error envelope. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;

  constructor(channel: string, error: ApiError) {
    super(error.message);
    this.name = `ApiCallError(${channel})`;
    this.code = error.code;
  }
}
