/**
 * What happens in the tutorial, as values: the hosts (game server, or each peer) and the players
 * emit these; the roster, the printed lines and the final summary are folds over them.
 */
import type { ValidateAuthTicketResponse } from '../../src';

export interface PlayerIdentity {
  readonly name: string;
  readonly steamId: bigint;
}

/** The validating side: a game server, or a peer validating the others. */
export type HostEvent =
  | { readonly kind: 'listening'; readonly port: number; readonly address: string }
  | { readonly kind: 'bad-message'; readonly remote: string; readonly message: string }
  | { readonly kind: 'offered'; readonly player: PlayerIdentity; readonly ticketSize: number }
  | { readonly kind: 'begin-failed'; readonly player: PlayerIdentity; readonly result: number | undefined; readonly reason: string }
  | { readonly kind: 'validated'; readonly player: PlayerIdentity; readonly response: ValidateAuthTicketResponse }
  | { readonly kind: 'rejected'; readonly player: PlayerIdentity; readonly response: ValidateAuthTicketResponse }
  /** The host stops: `reason` is "Game over", or a peer's "Leaving the game". */
  | { readonly kind: 'game-over'; readonly reason: string }
  /** The session is over and endAuthSession has run (or, after a failed begin, there was none). */
  | { readonly kind: 'session-ended'; readonly player: PlayerIdentity };

/** The ticket-holding side: a player joining a host. */
export type PlayerEvent =
  | { readonly kind: 'welcomed'; readonly host: string; readonly hostSteamId: bigint }
  | { readonly kind: 'ticket-sent'; readonly host: string; readonly handle: number; readonly size: number }
  | { readonly kind: 'ticket-failed'; readonly host: string; readonly reason: string }
  | { readonly kind: 'accepted'; readonly host: string }
  | { readonly kind: 'refused'; readonly host: string; readonly reason: string }
  | { readonly kind: 'leaving'; readonly host: string }
  | { readonly kind: 'disconnected'; readonly host: string; readonly error?: string };

/** A Steam endpoint's life and anything that stopped the tutorial. */
export type LifecycleEvent =
  | { readonly kind: 'shut-down' }
  | { readonly kind: 'failed'; readonly message: string };

export type TutorialEvent = { readonly who: string } & (HostEvent | PlayerEvent | LifecycleEvent);

/** Tags an endpoint's event with who it happened to. */
export const by =
  (who: string) =>
  (event: HostEvent | PlayerEvent | LifecycleEvent): TutorialEvent => ({ who, ...event });
