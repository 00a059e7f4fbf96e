/**
 * A ticket handle held for exactly as long as it is subscribed: issue it, wait for Steam's
 * response for that handle, emit, and cancel the handle on unsubscribe or shutdown, once.
 * Shared by session tickets (GetAuthSessionTicketResponse_t) and web API tickets
 * (GetTicketForWebApiResponse_t).
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import { Observable } from 'rxjs';
import { EResult } from '../../native/enums';
import { notInitialized, steamResultError, timedOut, type NotInitialized, type SteamResultError, type Timeout } from '../errors';
import type { Listen } from '../session/keyed-listeners';
import type { SessionState } from '../session/session-state';

export interface TicketResponse {
  readonly authTicket: number;
  readonly result: number;
}

export interface HeldTicketSpec<IssueError, Issued, Response extends TicketResponse, Ticket> {
  readonly state: SessionState;
  /** Steam's responses by ticket handle; listened to before `issue` runs, so none is missed. */
  readonly listen: Listen<number, Response>;
  readonly issue: () => Either<IssueError, { readonly handle: number; readonly issued: Issued }>;
  readonly ticket: (issued: Issued, response: Response) => Ticket;
  readonly cancel: (handle: number) => void;
  readonly timeoutMs: number;
  /** Names the response in timeout messages. */
  readonly responseName: string;
}

export const heldTicket$ = <IssueError, Issued, Response extends TicketResponse, Ticket>(
  spec: HeldTicketSpec<IssueError, Issued, Response, Ticket>,
): Observable<Either<IssueError | NotInitialized | SteamResultError | Timeout, Ticket>> =>
  new Observable((subscriber) => {
    const { state } = spec;
    if (!state.live) {
      subscriber.next(left(notInitialized(state.name)));
      subscriber.complete();
      return undefined;
    }
    let handle = 0;
    let issued: Issued | undefined;
    let stopListening = (): void => undefined;
    const onResponse = (message: Response): void => {
      stopListening();
      waiting.unsubscribe();
      if (message.result === EResult.OK && issued !== undefined) {
        subscriber.next(right(spec.ticket(issued, message)));
        return;
      }
      subscriber.next(left(steamResultError('Steam could not issue the ticket', message.result)));
      subscriber.complete();
    };
    // One scheduled action, not a timer Observable: a server may hold thousands of these.
    const waiting = state.scheduler.schedule(() => {
      stopListening();
      subscriber.next(left(timedOut(spec.responseName, spec.timeoutMs)));
      subscriber.complete();
    }, spec.timeoutMs);
    const ended = state.whenShutdown(() => subscriber.complete());
    const result = spec.issue();
    if (isLeft(result)) {
      subscriber.next(result);
      subscriber.complete();
    } else {
      handle = result.right.handle;
      issued = result.right.issued;
      // Steam answers in a later frame, never inside the issuing call, so listening now is in time.
      stopListening = spec.listen(handle, onResponse);
    }
    return () => {
      stopListening();
      waiting.unsubscribe();
      ended();
      // Cancel while the library is still up: shutdown fires shutdown$ before it marks the session dead.
      if (handle !== 0 && state.live) spec.cancel(handle);
      handle = 0;
    };
  });
