import { describe, expect, it } from 'vitest';
import { channelNames, channels } from '../api';
import { CHANNEL_NAMES } from './channel-names';
import { createDispatch, registerAll } from './register';
import type { HandlerTable } from './register';
import { isTrustedSender } from './sender';

const APP = { kind: 'origin', origin: 'app://refquest' } as const;
const trustedSender = { url: 'app://refquest/index.html', isMainFrame: true };

/** A table whose handlers record their arguments; only the channels used here answer. */
function recordingTable(calls: unknown[]): HandlerTable {
  const table = Object.fromEntries(channelNames.map((c) => [c, (arg: unknown) => { calls.push([c, arg]); return { echoed: arg }; }]));
  return table as unknown as HandlerTable;
}

describe('createDispatch', () => {
  it('passes a valid argument to the handler and wraps the result', async () => {
    const calls: unknown[] = [];
    const dispatch = createDispatch(recordingTable(calls), APP);
    const reply = await dispatch('levels:open', { levelId: 'grid-trap' }, trustedSender);
    expect(reply).toEqual({ ok: true, value: { echoed: { levelId: 'grid-trap' } } });
    expect(calls).toEqual([['levels:open', { levelId: 'grid-trap' }]]);
  });

  it('rejects a bad argument with a message naming the field, without calling the handler', async () => {
    const calls: unknown[] = [];
    const dispatch = createDispatch(recordingTable(calls), APP);
    const wrongType = await dispatch('levels:open', { levelId: 42 }, trustedSender);
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(wrongType.ok ? '' : wrongType.error.message).toMatch(/levels:open: levelId: .*expected string/);
    const extraKey = await dispatch('levels:list', { sneaky: true }, trustedSender);
    expect(extraKey.ok ? '' : extraKey.error.message).toMatch(/sneaky/);
    const badAnswer = await dispatch('levels:answer', { levelId: 'x', question: 0, answer: { kind: 'refcount', count: -1 } }, trustedSender);
    expect(badAnswer.ok ? '' : badAnswer.error.message).toMatch(/answer\.count/);
    expect(calls).toEqual([]);
  });

  it('rejects a sender that is not our main frame or not our origin', async () => {
    const calls: unknown[] = [];
    const dispatch = createDispatch(recordingTable(calls), APP);
    for (const sender of [
      { url: 'app://refquest/index.html', isMainFrame: false },
      { url: 'https://evil.example/index.html', isMainFrame: true },
      { url: 'app://other/index.html', isMainFrame: true },
      { url: 'not a url', isMainFrame: true },
    ]) {
      expect(await dispatch('levels:list', {}, sender)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(calls).toEqual([]);
  });

  it('refuses unknown channels, including inherited property names', async () => {
    const dispatch = createDispatch(recordingTable([]), APP);
    expect(await dispatch('toString', {}, trustedSender)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('turns thrown errors into error replies instead of rejecting', async () => {
    const table = { ...recordingTable([]), 'levels:list': () => { throw new Error('disk on fire'); } } as HandlerTable;
    const seen: unknown[] = [];
    const dispatch = createDispatch(table, APP, (channel, error) => seen.push([channel, (error as Error).message]));
    expect(await dispatch('levels:list', {}, trustedSender)).toEqual({ ok: false, error: { code: 'internal', message: 'levels:list failed: disk on fire' } });
    expect(seen).toEqual([['levels:list', 'disk on fire']]);
  });

  it('registerAll registers every channel once through the host function', async () => {
    const registered = new Map<string, (event: string, arg: unknown) => Promise<unknown>>();
    registerAll<string>((channel, listener) => registered.set(channel, listener), (url) => ({ url, isMainFrame: true }), createDispatch(recordingTable([]), APP));
    expect([...registered.keys()].sort()).toEqual([...channelNames].sort());
    expect(await registered.get('levels:list')!('https://evil.example/', {})).toMatchObject({ ok: false });
    expect(await registered.get('levels:list')!('app://refquest/', {})).toMatchObject({ ok: true });
  });
});

describe('isTrustedSender with file:// pages', () => {
  const FILES = { kind: 'file', root: '/opt/refquest/dist/renderer' } as const;
  it('accepts files inside the renderer folder only', () => {
    expect(isTrustedSender({ url: 'file:///opt/refquest/dist/renderer/index.html', isMainFrame: true }, FILES)).toBe(true);
    expect(isTrustedSender({ url: 'file:///opt/refquest/dist/renderer/../x.html', isMainFrame: true }, FILES)).toBe(false);
    expect(isTrustedSender({ url: 'file:///opt/refquest/dist/renderer-evil/index.html', isMainFrame: true }, FILES)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/index.html', isMainFrame: true }, FILES)).toBe(false);
  });
});

describe('the channel map', () => {
  it('has exactly the zod-free channel names the preload exposes', () => {
    expect(Object.keys(channels).sort()).toEqual([...CHANNEL_NAMES].sort());
  });
});
