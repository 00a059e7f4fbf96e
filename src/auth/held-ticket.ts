/**
 * A ticket handle held for exactly as long as it is subscribed: issue it, wait for Steam's
 * response for that handle, emit, and cancel the handle on unsubscribe or shutdown, once.
 * Shared by session tickets (GetAuthSessionTicketResponse_t) and web API tickets
 * (GetTicketForWebApiResponse_t).
 *
 * A game server may hold thousands of these, so each subscription is one object (the response
 * listener, the waiter in the shared timeout queue, and the teardown rxjs calls), built from a
 * kind that is made once per client or server, rather than a dozen closures and a timer each.
 *
 * While it listens for Steam's response it holds the pump (the pump runs fast until the response
 * came, timed out, or the flow ended): the hold is tied to `listening`, so every path that stops
 * listening releases it, once.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import { Observable, type Subscriber, type Unsubscribable } from 'rxjs';
import { EResult } from '../../native/enums';
import type { PumpAwaits } from '../../native/pump-awaits';
import { steamResultError, Timeout, type NotInitialized, type SteamResultError } from '../errors';
import type { KeyedListener, KeyedListeners } from '../session/keyed-listeners';
import type { SessionState } from '../session/session-state';
import { timeoutQueue, type Expiring, type TimeoutQueue } from '../session/timeout-queue';
import { answeredDead } from '../session/guard';

export interface TicketResponse {
  readonly authTicket: number;
  readonly result: number;
}

/** What one kind of held ticket does; built once per client or server. */
export interface HeldTicketKind<Argument, IssueError, Issued, Response extends TicketResponse, Ticket> {
  readonly state: SessionState;
  /** The pump's count of awaited answers (pumpAwaits(state.pump)), held while the response is awaited. */
  readonly awaits: PumpAwaits;
  /** Steam's responses by ticket handle; listened to right after `issue`, as Steam answers in a later frame. */
  readonly listeners: KeyedListeners<number, Response>;
  /** Issues the ticket; `argument` was checked when the flow was made. */
  readonly issue: (argument: Argument) => Either<IssueError, Issued>;
  /** The HAuthTicket of what `issue` returned. */
  readonly handleOf: (issued: Issued) => number;
  readonly ticket: (issued: Issued, response: Response) => Ticket;
  readonly cancel: (handle: number) => void;
  /** Names the response in timeout messages. */
  readonly responseName: string;
}

export type HeldTicketValue<IssueError, Ticket> = Either<IssueError | NotInitialized | SteamResultError | Timeout, Ticket>;

class HeldTicket<Argument, IssueError, Issued, Response extends TicketResponse, Ticket>
  implements KeyedListener<Response>, Expiring, Unsubscribable
{
  private handle = 0;
  private issued: Issued | undefined;
  private listening = false;
  private timeout: TimeoutQueue | undefined;
  private forgetShutdown: (() => void) | undefined;

  constructor(
    private readonly kind: HeldTicketKind<Argument, IssueError, Issued, Response, Ticket>,
    private readonly subscriber: Subscriber<HeldTicketValue<IssueError, Ticket>>,
    private readonly timeoutMs: number,
  ) {}

  start(argument: Argument): this {
    const { state } = this.kind;
    const subscriber = this.subscriber;
    // Made while live, subscribed after shutdown began: an outcome, not misuse.
    if (answeredDead(state, subscriber)) return this;
    this.timeout = timeoutQueue(state.scheduler, this.timeoutMs);
    this.timeout.add(this);
    this.forgetShutdown = state.whenShutdown(() => subscriber.complete());
    const result = this.kind.issue(argument);
    if (isLeft(result)) {
      subscriber.next(result);
      subscriber.complete();
      return this;
    }
    this.issued = result.right;
    this.handle = this.kind.handleOf(result.right);
    this.kind.listeners.add(this.handle, this);
    this.listening = true;
    this.kind.awaits.begin();
    return this;
  }

  /** Steam's response for this handle. */
  next(message: Response): void {
    this.stopListening();
    this.timeout?.delete(this);
    if (message.result === EResult.OK && this.issued !== undefined) {
      this.subscriber.next(right(this.kind.ticket(this.issued, message)));
      return;
    }
    this.subscriber.next(left(steamResultError('Steam could not issue the ticket', message.result)));
    this.subscriber.complete();
  }

  /** No response within the timeout. */
  expire(): void {
    this.stopListening();
    this.subscriber.next(left(new Timeout(this.kind.responseName, this.timeoutMs)));
    this.subscriber.complete();
  }

  unsubscribe(): void {
    this.stopListening();
    this.timeout?.delete(this);
    this.forgetShutdown?.();
    // At shutdown the session is already dead but Steam is still up: cancel while it is.
    if (this.handle !== 0 && this.kind.state.steamAvailable) this.kind.cancel(this.handle);
    this.handle = 0;
  }

  private stopListening(): void {
    if (!this.listening) return;
    this.listening = false;
    this.kind.listeners.remove(this.handle, this);
    this.kind.awaits.end();
  }
}

export const heldTicket$ = <Argument, IssueError, Issued, Response extends TicketResponse, Ticket>(
  kind: HeldTicketKind<Argument, IssueError, Issued, Response, Ticket>,
  argument: Argument,
  timeoutMs: number,
): Observable<HeldTicketValue<IssueError, Ticket>> =>
  new Observable((subscriber) => new HeldTicket(kind, subscriber, timeoutMs).start(argument));
