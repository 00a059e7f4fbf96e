/**
 * authSession$: a session begun on subscribe and ended on unsubscribe or shutdown, exactly once,
 * with every ValidateAuthTicketResponse for its Steam ID in between. The Steam ID and the ticket
 * are checked (and the ticket's bytes copied) when the flow is made; BeginAuthSession runs on
 * subscribe.
 *
 * From a begin that Steam accepted until its first ValidateAuthTicketResponse (or the end of the
 * flow), the flow holds the pump, so that verdict is seen as soon as Steam gives it; later ones
 * (a ban, a ticket cancelled) are unsolicited and wait for the idle pump.
 */
import { left, right, type Either } from 'fp-ts/Either';
import { Observable, type Subscriber, type Unsubscribable } from 'rxjs';
import { EAuthSessionResponse, EBeginAuthSessionResult } from '../../native/enums';
import { pumpAwaits, type PumpAwaits } from '../../native/pump-awaits';
import type { ValidateAuthTicketResponse } from '../../streams';
import { describeAuthSessionResponse, describeBeginAuthSessionResult } from '../enums';
import type { BeginAuthSessionResult } from '../enums/begin-auth-session-result';
import { AuthSessionRejected, BeginAuthSessionFailed, NotInitialized } from '../errors';
import { ensureLive } from '../session/guard';
import { keyedListeners, type KeyedListener, type KeyedListeners } from '../session/keyed-listeners';
import type { SteamIdInput } from '../steam-id/steam-id-text';
import { steamIdArgument } from '../validation/steam-id-argument';
import type { AuthSessionContext, AuthSessionError } from './auth-session';
import { ticketBytes, type TicketInput } from './ticket-bytes';

type AuthSessionValue = Either<AuthSessionError, ValidateAuthTicketResponse>;

const rejected = (message: ValidateAuthTicketResponse): AuthSessionRejected =>
  new AuthSessionRejected(message.response, describeAuthSessionResponse(message.response), message.steamId, message.ownerSteamId);

const beginFailed = (result: number, steamId: bigint): BeginAuthSessionFailed =>
  new BeginAuthSessionFailed(result as BeginAuthSessionResult, describeBeginAuthSessionResult(result), steamId);

/**
 * One subscription's session: the listener of Steam's validation responses for its Steam ID and
 * the teardown rxjs calls. One object rather than a set of closures: a server holds thousands.
 */
class AuthSessionFlow implements KeyedListener<ValidateAuthTicketResponse>, Unsubscribable {
  private listening = false;
  private begun = false;
  /** Holding the pump: begun, and the first verdict has not come yet. */
  private awaitingFirst = false;
  private forgetShutdown: (() => void) | undefined;

  constructor(
    private readonly context: AuthSessionContext,
    private readonly awaits: PumpAwaits,
    private readonly listeners: KeyedListeners<bigint, ValidateAuthTicketResponse>,
    private readonly subscriber: Subscriber<AuthSessionValue>,
    private readonly player: bigint,
  ) {}

  start(ticket: Uint8Array): this {
    const { state, port } = this.context;
    // Made while live, subscribed after shutdown began: an outcome, not misuse.
    if (!state.live) return this.fail(left(new NotInitialized(state.name)));
    // Listen before beginning: Steam answers in a later frame, never inside the call.
    this.listeners.add(this.player, this);
    this.listening = true;
    this.forgetShutdown = state.whenShutdown(() => this.subscriber.complete());
    const result = port.beginAuthSession(ticket, this.player);
    if (result !== EBeginAuthSessionResult.OK) return this.fail(left(beginFailed(result, this.player)));
    this.begun = true;
    this.awaitingFirst = true;
    this.awaits.begin();
    return this;
  }

  /** A ValidateAuthTicketResponse for this Steam ID. */
  next(message: ValidateAuthTicketResponse): void {
    if (!this.begun) return;
    this.stopAwaiting();
    this.subscriber.next(message.response === EAuthSessionResponse.OK ? right(message) : left(rejected(message)));
  }

  unsubscribe(): void {
    if (this.listening) {
      this.listening = false;
      this.listeners.remove(this.player, this);
    }
    this.forgetShutdown?.();
    this.stopAwaiting();
    // At shutdown the session is already dead but Steam is still up: end the session while it is.
    if (this.begun && this.context.state.steamAvailable) this.context.port.endAuthSession(this.player);
    this.begun = false;
  }

  private stopAwaiting(): void {
    if (!this.awaitingFirst) return;
    this.awaitingFirst = false;
    this.awaits.end();
  }

  private fail(failure: Either<AuthSessionError, never>): this {
    this.subscriber.next(failure);
    this.subscriber.complete();
    return this;
  }
}

export const authSession$ = (context: AuthSessionContext): ((ticket: TicketInput, steamId: SteamIdInput) => Observable<AuthSessionValue>) => {
  const listeners = keyedListeners(context.validateAuthTicketResponse$, (message: ValidateAuthTicketResponse) => message.steamId, context.state.whenShutdown);
  const awaits = pumpAwaits(context.state.pump);
  return (ticket, steamId) => {
    // In the order the other auth functions check them: the session, the Steam ID, the ticket.
    ensureLive(context.state);
    const player = steamIdArgument('steamId', steamId);
    const bytes = ticketBytes(ticket);
    return new Observable<AuthSessionValue>((subscriber) => new AuthSessionFlow(context, awaits, listeners, subscriber, player).start(bytes));
  };
};
