/**
 * A held-ticket flow turned into a ticket the caller owns: a Promise that resolves once Steam
 * confirmed the ticket (or with why not), whose ticket stays valid until `cancel()` or shutdown.
 * `await firstValueFrom(authTicket$())` cannot do this: firstValueFrom unsubscribes, and that
 * cancels the ticket before the caller sees it.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import type { Observable, Subscription } from 'rxjs';
import { NotInitialized } from '../errors';
import type { SessionState } from '../session/session-state';

/** What ended an owned ticket: the owner's cancel(), or the shutdown of its client or server. */
export type TicketCancellation = 'cancel' | 'shutdown';

/** The owner's side of a ticket from requestAuthTicket or requestWebApiTicket. */
export interface TicketOwnership {
  /**
   * Cancels the ticket (CancelAuthTicket): whoever validated it hears AuthTicketCanceled.
   * Idempotent; after the shutdown of its client or server it does nothing (Steam already let go).
   */
  cancel(): void;
  /** `false` while the ticket is valid; `'cancel'` after cancel(); `'shutdown'` when its client or server shut down first. */
  readonly cancelled: false | TicketCancellation;
}

/**
 * Subscribes `ticket$` and keeps the subscription (so the ticket) until cancel() or shutdown.
 * A Left from the flow resolves as it is; a shutdown before Steam answered is Left(NotInitialized).
 */
export const ownTicket = <E, T extends object>(state: SessionState, ticket$: Observable<Either<E, T>>): Promise<Either<E | NotInitialized, T & TicketOwnership>> =>
  new Promise((resolve) => {
    let settled = false;
    let handedOver = false;
    // In an object: TypeScript narrows a `let` to its initial value across the closures below.
    const ownership: { cancelled: false | TicketCancellation } = { cancelled: false };
    let subscription: Subscription | undefined;
    const cancel = (): void => {
      if (ownership.cancelled !== false) return;
      ownership.cancelled = 'cancel';
      subscription?.unsubscribe();
    };
    subscription = ticket$.subscribe({
      next: (value) => {
        settled = true;
        if (isLeft(value)) {
          resolve(value);
          return;
        }
        const owned: T & TicketOwnership = {
          ...value.right,
          cancel,
          get cancelled() {
            return ownership.cancelled;
          },
        };
        handedOver = true;
        resolve(right(owned));
      },
      complete: () => {
        if (!settled) {
          settled = true;
          resolve(left(new NotInitialized(state.name)));
          return;
        }
        // After the ticket was handed over the flow ends only at shutdown, which cancelled it.
        if (handedOver && ownership.cancelled === false) ownership.cancelled = 'shutdown';
      },
    });
    // cancel() ran while subscribe() was still on the stack: let go now that there is a subscription.
    if (ownership.cancelled === 'cancel') subscription.unsubscribe();
  });
