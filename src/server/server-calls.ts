/**
 * The game server's asynchronous calls: reputation, clan association and new-player
 * compatibility (call results matched on their handle), group status and gameplay stats (answered
 * on their streams, as Steam sends them as plain callbacks).
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import { Observable, filter, map, merge, of, take, timeout } from 'rxjs';
import type { GameServerPort } from '../../native/steam-core';
import type {
  AssociateWithClanResult,
  CallResultError,
  ComputeNewPlayerCompatibilityResult,
  GsClientGroupStatus,
  GsReputation,
  SignalDecoders,
} from '../../streams';
import { callFailed, notInitialized, timedOut, type CallFailed, type InvalidArgument, type NotInitialized, type SteamResultError, type Timeout } from '../errors';
import { okOr, steamCall, type SteamCallContext } from '../session/steam-call';
import { steamIdArgument } from '../validation/steam-id-argument';

export interface ServerCallsContext extends SteamCallContext {
  readonly server: GameServerPort;
  readonly decoders: SignalDecoders;
  readonly gsClientGroupStatus$: Observable<GsClientGroupStatus>;
}

export type ServerCallError = CallResultError | NotInitialized | InvalidArgument | SteamResultError;

export const serverCalls = (context: ServerCallsContext) => {
  const { server, decoders, state } = context;

  const getServerReputation = (): Observable<Either<ServerCallError, GsReputation>> =>
    steamCall(context, () => server.getServerReputation(), decoders.gsReputation, okOr('getServerReputation'));

  const associateWithClan = (clanSteamId: unknown): Observable<Either<ServerCallError, AssociateWithClanResult>> => {
    const id = steamIdArgument('clanSteamId', clanSteamId);
    if (isLeft(id)) return of(id);
    return steamCall(context, () => server.associateWithClan(id.right), decoders.associateWithClanResult, okOr('associateWithClan'));
  };

  const computeNewPlayerCompatibility = (newPlayerSteamId: unknown): Observable<Either<ServerCallError, ComputeNewPlayerCompatibilityResult>> => {
    const id = steamIdArgument('newPlayerSteamId', newPlayerSteamId);
    if (isLeft(id)) return of(id);
    return steamCall(
      context,
      () => server.computeNewPlayerCompatibility(id.right),
      decoders.computeNewPlayerCompatibilityResult,
      okOr('computeNewPlayerCompatibility'),
    );
  };

  /**
   * Asks whether a user is in a Steam group; the answer is the GSClientGroupStatus callback for
   * that user and group (Steam sends no call handle for this one), or a Timeout.
   */
  const requestUserGroupStatus = (
    userSteamId: unknown,
    groupSteamId: unknown,
  ): Observable<Either<NotInitialized | InvalidArgument | CallFailed | Timeout, GsClientGroupStatus>> => {
    const userId = steamIdArgument('userSteamId', userSteamId);
    if (isLeft(userId)) return of(userId);
    const groupId = steamIdArgument('groupSteamId', groupSteamId);
    if (isLeft(groupId)) return of(groupId);
    return new Observable((subscriber) => {
      if (!state.live) {
        subscriber.next(left(notInitialized(state.name)));
        subscriber.complete();
        return undefined;
      }
      // Listen first: the answer comes in a later frame, but it must never be missed.
      const answer$ = context.gsClientGroupStatus$.pipe(
        filter((status) => status.userSteamId === userId.right && status.groupSteamId === groupId.right),
        take(1),
        map((status) => right(status)),
        timeout({
          first: state.callResultTimeoutMs,
          scheduler: state.scheduler,
          with: () => of(left(timedOut('GSClientGroupStatus', state.callResultTimeoutMs))),
        }),
      );
      const ended$ = state.shutdown$.pipe(map(() => left(notInitialized(state.name))));
      // An observer of its own, not `subscriber`: subscribing with the Subscriber itself returns it,
      // and unsubscribing that below would close it before the CallFailed could be emitted.
      const subscription = merge(answer$, ended$)
        .pipe(take(1))
        .subscribe({ next: (value) => subscriber.next(value), error: (error: unknown) => subscriber.error(error), complete: () => subscriber.complete() });
      if (!server.requestUserGroupStatus(userId.right, groupId.right)) {
        subscription.unsubscribe();
        subscriber.next(left(callFailed('requestUserGroupStatus', 'Steam refused the request (is the server logged on?)')));
        subscriber.complete();
      }
      return subscription;
    });
  };

  return { getServerReputation, associateWithClan, computeNewPlayerCompatibility, requestUserGroupStatus };
};
