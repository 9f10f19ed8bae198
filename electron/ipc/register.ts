// The one wrapper around every handler: check the sender, validate the argument with the
// channel's schema, run the handler, and turn every outcome into a `Reply` envelope (errors
// thrown across Electron's IPC lose their shape, so nothing is thrown to the renderer).
import { channelNames, channels } from '../api';
import type { ApiError, Channel, ErrorCode, ParsedArgOf, Reply, ResultOf } from '../api';
import { asApiFailure } from './failure';
import { isTrustedSender } from './sender';
import type { SenderInfo, TrustedOrigin } from './sender';

export type HandlerTable = {
  readonly [C in Channel]: (arg: ParsedArgOf<C>) => ResultOf<C> | Promise<ResultOf<C>>;
};

export type Dispatch = (channel: string, arg: unknown, sender: SenderInfo) => Promise<Reply<unknown>>;

const failure = (code: ErrorCode, message: string): Reply<never> => ({ ok: false, error: { code, message } });

function isChannel(name: string): name is Channel {
  return Object.hasOwn(channels, name);
}

/** Formats zod issues as `levelId: expected string` lines, one per problem. */
function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) => {
      const where = issue.path.length === 0 ? 'argument' : issue.path.map(String).join('.');
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

export function createDispatch(
  table: HandlerTable,
  trusted: TrustedOrigin,
  onInternalError: (channel: string, error: unknown) => void = () => {},
): Dispatch {
  return async (channel, arg, sender) => {
    if (!isTrustedSender(sender, trusted)) {
      return failure('forbidden-sender', `refused ${channel}: the caller is not the app's main frame`);
    }
    if (!isChannel(channel)) return failure('unknown-channel', `no such channel: ${channel}`);
    const parsed = channels[channel].arg.safeParse(arg ?? {});
    if (!parsed.success) {
      return failure('bad-argument', `bad argument for ${channel}: ${describeIssues(parsed.error.issues)}`);
    }
    try {
      const handler = table[channel] as (arg: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      const expected = asApiFailure(error);
      if (expected) return failure(expected.code, expected.message);
      onInternalError(channel, error);
      return failure('internal', `${channel} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/** Registers `dispatch` for every channel through a host's own registration function. */
export function registerAll<Event>(
  handle: (channel: Channel, listener: (event: Event, arg: unknown) => Promise<Reply<unknown>>) => void,
  senderOf: (event: Event) => SenderInfo,
  dispatch: Dispatch,
): void {
  for (const channel of channelNames) {
    handle(channel, (event, arg) => dispatch(channel, arg, senderOf(event)));
  }
}

export { ApiFailure } from './failure';
export type { ApiError, SenderInfo };
