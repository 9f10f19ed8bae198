// A result file's integrity record: a SHA-256 hash chain that the app extends the moment each
// answer is given or hint taken (and keeps in challenges.json meanwhile), sealed when the
// challenge finishes. The chain starts from the pack, the player's name, the start time and a
// random nonce, so an answer edited by hand, a wrong try or a hint deleted, the file cut short,
// or a classmate's file renamed no longer matches it.
//
// What it cannot do: there is no secret. Anyone who reads this file can recompute a chain over
// answers of their choosing. It catches edits by hand and copies, not a determined forger.
import { createHash, randomUUID } from 'node:crypto';
import type { ResultAnswer, ResultHint } from './result-format';

export const CHAIN_SCHEME = 'sha256-chain-1';

export interface ChainLink {
  readonly of: 'answer' | 'hint';
  /** hex SHA-256 of the previous link and this event */
  readonly hash: string;
}

/** The chain while a challenge is in play. */
export interface ResultChain {
  readonly nonce: string;
  readonly links: ChainLink[];
}

/** The chain as a result file carries it. */
export interface ResultIntegrity {
  readonly scheme: typeof CHAIN_SCHEME;
  readonly nonce: string;
  readonly links: ChainLink[];
  /** hex SHA-256 over the last link, the finish time and how many answers and hints there are */
  readonly seal: string;
}

/** What the chain's first link hangs on: who played which pack, from when. */
export interface ChainHeader {
  readonly packId: string;
  readonly profileName: string;
  /** ISO time, as the result file writes it */
  readonly startedAt: string;
}

export type ChainEvent = { readonly of: 'answer'; readonly answer: ResultAnswer } | { readonly of: 'hint'; readonly hint: ResultHint };

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** JSON with object keys sorted at every depth, so a value hashes the same however it was built or parsed. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function chainStart(header: ChainHeader, nonce: string): string {
  return sha256(canonicalJson([CHAIN_SCHEME, header.packId, header.profileName, header.startedAt, nonce]));
}

function eventFields(event: ChainEvent): unknown {
  return event.of === 'answer'
    ? ['answer', event.answer.levelId, event.answer.question, event.answer.answer, event.answer.atMs]
    : ['hint', event.hint.levelId, event.hint.index, event.hint.atMs];
}

const linkAfter = (previous: string, event: ChainEvent): string => sha256(`${previous}\n${canonicalJson(eventFields(event))}`);

const sealAfter = (last: string, finishedAt: string, answers: number, hints: number): string =>
  sha256(`${last}\n${canonicalJson(['finished', finishedAt, answers, hints])}`);

export function newChain(): ResultChain {
  return { nonce: randomUUID(), links: [] };
}

function lastHash(chain: ResultChain, header: ChainHeader): string {
  return chain.links.at(-1)?.hash ?? chainStart(header, chain.nonce);
}

/** Adds one answer or hint, as it is given. */
export function extendChain(chain: ResultChain, header: ChainHeader, event: ChainEvent): void {
  chain.links.push({ of: event.of, hash: linkAfter(lastHash(chain, header), event) });
}

/** The chain of events as recorded, in the order given (for attempts saved before chains were kept). */
export function chainOf(header: ChainHeader, nonce: string, events: readonly ChainEvent[]): ResultChain {
  const chain: ResultChain = { nonce, links: [] };
  for (const event of events) extendChain(chain, header, event);
  return chain;
}

export function sealChain(chain: ResultChain, header: ChainHeader, finishedAt: string, answers: number, hints: number): ResultIntegrity {
  return { scheme: CHAIN_SCHEME, nonce: chain.nonce, links: chain.links.map((link) => ({ ...link })), seal: sealAfter(lastHash(chain, header), finishedAt, answers, hints) };
}

/** Where a result's answers and hints stop matching its integrity record, or null when they all match. */
export function chainProblem(
  result: ChainHeader & { readonly finishedAt: string; readonly answers: readonly ResultAnswer[]; readonly hints: readonly ResultHint[] },
  integrity: ResultIntegrity,
): string | null {
  let previous = chainStart(result, integrity.nonce);
  let answers = 0;
  let hints = 0;
  for (const link of integrity.links) {
    const event: ChainEvent | null =
      link.of === 'answer' ? (answers < result.answers.length ? { of: 'answer', answer: result.answers[answers]! } : null) : hints < result.hints.length ? { of: 'hint', hint: result.hints[hints]! } : null;
    const n = link.of === 'answer' ? ++answers : ++hints;
    if (!event) return `its record has ${link.of} ${n}, which the file no longer has (deleted)`;
    const expected = linkAfter(previous, event);
    if (expected !== link.hash) {
      if (answers + hints === 1) return `${link.of} ${n} does not match the record (or the name, pack or start time was changed)`;
      return `${link.of} ${n} does not match the record (edited, or a try or hint before it deleted)`;
    }
    previous = expected;
  }
  if (answers < result.answers.length) return `answer ${answers + 1} is not in the record (added by hand)`;
  if (hints < result.hints.length) return `hint ${hints + 1} is not in the record (added by hand)`;
  if (sealAfter(previous, result.finishedAt, answers, hints) !== integrity.seal) {
    return integrity.links.length === 0
      ? 'its seal does not match (the name, pack, start or finish time was changed)'
      : 'its seal does not match (the file was cut short or its finish time changed)';
  }
  return null;
}
