/**
 * The game server's asynchronous calls: reputation, clan association and new-player
 * compatibility (call results matched on their handle), group status and gameplay stats (answered
 * on their streams, as Steam sends them as plain callbacks). Arguments and liveness are checked
 * when the function is called; Steam is called when the Observable is subscribed.
 */
import { left, right, type Either } from 'fp-ts/Either';
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
import { CallFailed, NotInitialized, Timeout, type SteamResultError } from '../errors';
import { answeredDead, ensureLive, liveQuery } from '../session/guard';
import { okOr, steamCall, type SteamCallContext } from '../session/steam-call';
import type { SteamIdInput } from '../steam-id/steam-id-text';
import { steamIdArgument } from '../validation/steam-id-argument';

export interface ServerCallsContext extends SteamCallContext {
  readonly server: GameServerPort;
  readonly decoders: SignalDecoders;
  /** Unscoped: the group-status flow ends at shutdown by itself. */
  readonly gsClientGroupStatus$: Observable<GsClientGroupStatus>;
}

/**
 * Why a server call result gave no answer: the call did not start, failed on the wire, timed out
 * or did not decode (CallResultError), Steam answered a failing EResult (SteamResultError), or
 * the server shut down while waiting (NotInitialized).
 */
export type ServerCallError = CallResultError | NotInitialized | SteamResultError;

/** Why requestUserGroupStatus gave no answer. */
export type GroupStatusError = NotInitialized | CallFailed | Timeout;

/**
 * The game server's calls that Steam answers later. Each returns a cold Observable: Steam is
 * called on subscribe, one Either is emitted, then it completes. A server that shuts down while
 * one waits answers Left(NotInitialized).
 */
export interface ServerCalls {
  /**
   * Asks Steam for this server's reputation (score, bans). Flat:
   * SteamAPI_ISteamGameServer_GetServerReputation, answered by GSReputation_t.
   *
   * @returns one Either: the GSReputation_t, or a ServerCallError (an I/O failure while not logged on).
   * @throws NotInitialized after serverShutdown.
   * @example
   * ```ts
   * server.getServerReputation().subscribe((answer) => {
   *   if (isRight(answer)) console.log('reputation', answer.right.reputationScore);
   * });
   * ```
   */
  getServerReputation(): Observable<Either<ServerCallError, GsReputation>>;
  /**
   * Associates this server with a Steam group (clan), for its members' benefit. Flat:
   * SteamAPI_ISteamGameServer_AssociateWithClan, answered by AssociateWithClanResult_t.
   *
   * @param clanSteamId - the group's Steam ID.
   * @returns one Either: the OK result, or a ServerCallError (SteamResultError when Steam refused).
   * @throws InvalidArgument when clanSteamId is not a Steam ID.
   * @throws NotInitialized after serverShutdown.
   */
  associateWithClan(clanSteamId: SteamIdInput): Observable<Either<ServerCallError, AssociateWithClanResult>>;
  /**
   * Asks how many players on the server dislike a candidate player, and whom the candidate
   * dislikes. Flat: SteamAPI_ISteamGameServer_ComputeNewPlayerCompatibility, answered by
   * ComputeNewPlayerCompatibilityResult_t.
   *
   * @param newPlayerSteamId - the candidate's Steam ID.
   * @returns one Either: the counts, or a ServerCallError.
   * @throws InvalidArgument when newPlayerSteamId is not a Steam ID.
   * @throws NotInitialized after serverShutdown.
   */
  computeNewPlayerCompatibility(newPlayerSteamId: SteamIdInput): Observable<Either<ServerCallError, ComputeNewPlayerCompatibilityResult>>;
  /**
   * Asks whether a user is a member (and an officer) of a Steam group. Flat:
   * SteamAPI_ISteamGameServer_RequestUserGroupStatus; Steam answers with a GSClientGroupStatus_t
   * for that user and group (no call handle).
   *
   * @returns one Either: the status, or Left(CallFailed) when Steam refused the request (not
   *   logged on), Left(Timeout) when no answer came within the call-result timeout, or
   *   Left(NotInitialized) when the server shut down while waiting.
   * @throws InvalidArgument when userSteamId or groupSteamId is not a Steam ID.
   * @throws NotInitialized after serverShutdown.
   */
  requestUserGroupStatus(userSteamId: SteamIdInput, groupSteamId: SteamIdInput): Observable<Either<GroupStatusError, GsClientGroupStatus>>;
  /**
   * Asks for this server's gameplay stats; they arrive on gsGameplayStats$. Flat:
   * SteamAPI_ISteamGameServer_GetGameplayStats.
   *
   * @throws NotInitialized after serverShutdown.
   */
  getGameplayStats(): void;
}

/**
 * The group-status flow for one request: listens for the answer before asking (it comes in a later
 * frame, but must never be missed), gives up at the timeout or at shutdown. While a request Steam
 * accepted waits, it holds the pump (released with the subscription, however it ends).
 */
const groupStatus$ = (context: ServerCallsContext, userId: bigint, groupId: bigint): Observable<Either<GroupStatusError, GsClientGroupStatus>> => {
  const { state, server } = context;
  return new Observable((subscriber) => {
    // Created while live, subscribed after shutdown: that is an outcome, not a misuse.
    if (answeredDead(state, subscriber)) return undefined;
    const answer$ = context.gsClientGroupStatus$.pipe(
      filter((status) => status.userSteamId === userId && status.groupSteamId === groupId),
      take(1),
      map((status) => right(status)),
      timeout({
        first: state.callResultTimeoutMs,
        scheduler: state.scheduler,
        with: () => of(left(new Timeout('GSClientGroupStatus', state.callResultTimeoutMs))),
      }),
    );
    const ended$ = state.shutdown$.pipe(map(() => left(new NotInitialized(state.name))));
    // An observer of its own, not `subscriber`: subscribing with the Subscriber itself returns it,
    // and unsubscribing that below would close it before the CallFailed could be emitted.
    const subscription = merge(answer$, ended$)
      .pipe(take(1))
      .subscribe({ next: (value) => subscriber.next(value), error: (error: unknown) => subscriber.error(error), complete: () => subscriber.complete() });
    if (!server.requestUserGroupStatus(userId, groupId)) {
      subscription.unsubscribe();
      subscriber.next(left(new CallFailed('requestUserGroupStatus', 'Steam refused the request (is the server logged on?)')));
      subscriber.complete();
      return subscription;
    }
    subscription.add(state.pump.await());
    return subscription;
  });
};

export const serverCalls = (context: ServerCallsContext): ServerCalls => {
  const { server, decoders, state } = context;
  return {
    getServerReputation: () => {
      ensureLive(state);
      return steamCall(context, () => server.getServerReputation(), decoders.gsReputation, okOr('getServerReputation'));
    },
    associateWithClan: (clanSteamId) => {
      ensureLive(state);
      const id = steamIdArgument('clanSteamId', clanSteamId);
      return steamCall(context, () => server.associateWithClan(id), decoders.associateWithClanResult, okOr('associateWithClan'));
    },
    computeNewPlayerCompatibility: (newPlayerSteamId) => {
      ensureLive(state);
      const id = steamIdArgument('newPlayerSteamId', newPlayerSteamId);
      return steamCall(context, () => server.computeNewPlayerCompatibility(id), decoders.computeNewPlayerCompatibilityResult, okOr('computeNewPlayerCompatibility'));
    },
    requestUserGroupStatus: (userSteamId, groupSteamId) => {
      ensureLive(state);
      const userId = steamIdArgument('userSteamId', userSteamId);
      return groupStatus$(context, userId, steamIdArgument('groupSteamId', groupSteamId));
    },
    getGameplayStats: liveQuery(state, () => server.getGameplayStats()),
  };
};
