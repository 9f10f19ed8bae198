// The renderer's only way to main: window.refquest, unwrapped so callers get the value or a
// thrown ApiCallError that carries main's code and message.
import type { ArgOf, Channel, RefquestApi, Reply, ResultOf } from '../../electron/api';
import { ApiCallError } from './ApiCallError';

declare global {
  interface Window {
    readonly refquest: RefquestApi;
  }
}

export async function callApi<C extends Channel>(channel: C, arg: ArgOf<C>): Promise<ResultOf<C>> {
  const call = window.refquest[channel] as unknown as (arg: ArgOf<C>) => Promise<Reply<ResultOf<C>>>;
  const reply = await call(arg);
  if (!reply.ok) throw new ApiCallError(channel, reply.error);
  return reply.value;
}

/** A message fit to show for anything a call threw. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
