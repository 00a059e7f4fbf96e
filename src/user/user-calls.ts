/**
 * The user's asynchronous calls: encrypted app tickets, the store auth URL, market eligibility and
 * duration control. Each is a cold Observable of one Either, matched to its own API call handle.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import { concatMap, of, type Observable } from 'rxjs';
import { EResult } from '../../native/enums';
import type { UserPort } from '../../native/steam-core';
import type {
  CallResultError,
  DurationControl,
  MarketEligibilityResponse,
  SignalDecoders,
  StoreAuthUrlResponse,
} from '../../streams';
import { callFailed, notInitialized, steamResultError, type CallFailed, type InvalidArgument, type NotInitialized, type SteamResultError } from '../errors';
import { okOr, steamCall, type SteamCallContext } from '../session/steam-call';
import { bytes, cString } from '../validation/arguments';

export interface UserCallsContext extends SteamCallContext {
  readonly user: UserPort;
  readonly decoders: SignalDecoders;
}

export type UserCallError = CallResultError | NotInitialized | InvalidArgument | SteamResultError;

/** Data to encrypt into an app ticket; Steam documents no limit, the SDK keeps it to 1 KiB. */
export const ENCRYPTED_APP_TICKET_DATA_MAX_BYTES = 1024;
/** Encrypted app tickets are well under this. */
const ENCRYPTED_APP_TICKET_BUFFER_BYTES = 4096;
/** Redirect URLs longer than this are refused before they reach Steam. */
const REDIRECT_URL_MAX_BYTES = 2048;

const textBytes = (argument: string, value: unknown): Either<InvalidArgument, Uint8Array> => {
  if (typeof value === 'string') {
    const checked = cString(argument, value, ENCRYPTED_APP_TICKET_DATA_MAX_BYTES + 1);
    return isLeft(checked) ? checked : right(new TextEncoder().encode(checked.right));
  }
  return bytes(argument, value, ENCRYPTED_APP_TICKET_DATA_MAX_BYTES, 0);
};

/** The spec's getEncryptedAppTicket dictionary. */
export interface EncryptedAppTicket {
  readonly buffer: Uint8Array;
  readonly size: number;
}

export const getEncryptedAppTicket =
  (context: UserCallsContext) =>
  (): Either<NotInitialized | CallFailed, EncryptedAppTicket> => {
    if (!context.state.live) return left(notInitialized(context.state.name));
    const buffer = new Uint8Array(ENCRYPTED_APP_TICKET_BUFFER_BYTES);
    const got = context.user.getEncryptedAppTicket(buffer);
    if (!got.ok || got.size <= 0 || got.size > buffer.byteLength) {
      return left(callFailed('getEncryptedAppTicket', 'no encrypted app ticket is ready (request one first)'));
    }
    return right({ buffer: buffer.slice(0, got.size), size: got.size });
  };

export const userCalls = (context: UserCallsContext) => {
  const { user, decoders } = context;
  const invalid = <A>(error: InvalidArgument): Observable<Either<UserCallError, A>> => of(left(error));

  /** Requests a ticket with `secret` encrypted into it; resolves with Steam's response (OK or a failing EResult). */
  const requestEncryptedAppTicket = (secret: unknown = ''): Observable<Either<UserCallError, { readonly result: number }>> => {
    const data = textBytes('secret', secret);
    if (isLeft(data)) return invalid(data.left);
    return steamCall(
      context,
      () => user.requestEncryptedAppTicket(data.right),
      decoders.encryptedAppTicketResponse,
      okOr('requestEncryptedAppTicket'),
    );
  };

  /** requestEncryptedAppTicket then getEncryptedAppTicket: the ticket bytes, or why there are none. */
  const encryptedAppTicket$ = (secret: unknown = ''): Observable<Either<UserCallError | CallFailed, EncryptedAppTicket>> =>
    requestEncryptedAppTicket(secret).pipe(
      concatMap((response) => of(isLeft(response) ? response : getEncryptedAppTicket(context)())),
    );

  const requestStoreAuthURL = (redirectUrl: unknown): Observable<Either<UserCallError, StoreAuthUrlResponse>> => {
    const url = cString('redirectUrl', redirectUrl, REDIRECT_URL_MAX_BYTES);
    if (isLeft(url)) return invalid(url.left);
    return steamCall(context, () => user.requestStoreAuthURL(url.right), decoders.storeAuthUrlResponse, (payload) =>
      payload.url === '' ? left(steamResultError('requestStoreAuthURL', EResult.Fail)) : right(payload),
    );
  };

  const getMarketEligibility = (): Observable<Either<UserCallError, MarketEligibilityResponse>> =>
    steamCall(context, () => user.getMarketEligibility(), decoders.marketEligibilityResponse, right);

  const getDurationControl = (): Observable<Either<UserCallError, DurationControl>> =>
    steamCall(context, () => user.getDurationControl(), decoders.durationControl, okOr('getDurationControl'));

  return { requestEncryptedAppTicket, encryptedAppTicket$, requestStoreAuthURL, getMarketEligibility, getDurationControl };
};
