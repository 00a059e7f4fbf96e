/**
 * The user's asynchronous calls: encrypted app tickets, the store auth URL, market eligibility and
 * duration control. Each checks its arguments (and copies its bytes) when called and throws on
 * misuse; the Observable it returns is cold, and emits one Either matched to its own API call.
 */
import { left, right, type Either } from 'fp-ts/Either';
import { concatMap, of, type Observable } from 'rxjs';
import { EResult } from '../../native/enums';
import type { UserPort } from '../../native/steam-core';
import type {
  CallResultError,
  DurationControl,
  EncryptedAppTicketResponse,
  MarketEligibilityResponse,
  SignalDecoders,
  StoreAuthUrlResponse,
} from '../../streams';
import { CallFailed, steamResultError, type NotInitialized, type SteamResultError } from '../errors';
import { ensureLive } from '../session/guard';
import { okOr, steamCall, type SteamCallContext } from '../session/steam-call';
import { bytes, cString } from '../validation/arguments';

export interface UserCallsContext extends SteamCallContext {
  readonly user: UserPort;
  readonly decoders: SignalDecoders;
}

/**
 * Why a call result is a Left: the call did not start, failed in transit, timed out or did not
 * decode (CallResultError); Steam answered a failing EResult (SteamResultError); or the client
 * shut down while it waited (NotInitialized).
 */
export type UserCallError = CallResultError | NotInitialized | SteamResultError;

/** Data to encrypt into an app ticket; Steam documents no limit, the SDK keeps it to 1 KiB. */
export const ENCRYPTED_APP_TICKET_DATA_MAX_BYTES = 1024;
/** Encrypted app tickets are well under this. */
const ENCRYPTED_APP_TICKET_BUFFER_BYTES = 4096;
/** Redirect URLs longer than this are refused before they reach Steam. */
const REDIRECT_URL_MAX_BYTES = 2048;

/** The secret as the bytes Steam gets: UTF-8 of a string, or a copy of the caller's bytes taken now. */
const secretBytes = (value: unknown): Uint8Array => {
  if (typeof value === 'string') return new TextEncoder().encode(cString('secret', value, ENCRYPTED_APP_TICKET_DATA_MAX_BYTES + 1));
  return bytes('secret', value, ENCRYPTED_APP_TICKET_DATA_MAX_BYTES, 0);
};

/** The spec's getEncryptedAppTicket dictionary. */
export interface EncryptedAppTicket {
  /** The ticket's bytes (a copy, exactly `size` long): send them to your back end. */
  readonly buffer: Uint8Array;
  /** `buffer.byteLength`. */
  readonly size: number;
}

/**
 * The user's call results. Each throws NotInitialized after shutdown and InvalidArgument for a
 * wrong argument, at call time; the Observable is cold (subscribing makes the call) and emits one
 * Either, then completes. A shutdown while it waits answers Left(NotInitialized).
 */
export interface UserCallFunctions {
  /**
   * Asks Steam for an encrypted app ticket holding `secret` (UTF-8 text or bytes, at most 1 KiB,
   * copied now); Steam allows one success per 60 s. Emits Steam's response; read the ticket with
   * getEncryptedAppTicket, or use encryptedAppTicket$ for both steps. Flat:
   * SteamAPI_ISteamUser_RequestEncryptedAppTicket, EncryptedAppTicketResponse_t. Failures:
   * SteamResultError (LimitExceeded inside 60 s, …), CallResultError, NotInitialized.
   */
  readonly requestEncryptedAppTicket: (secret?: string | Uint8Array) => Observable<Either<UserCallError, EncryptedAppTicketResponse>>;
  /**
   * requestEncryptedAppTicket then getEncryptedAppTicket: the ticket's bytes, or why there are
   * none (the failures of both).
   *
   * @example
   * ```ts
   * client.encryptedAppTicket$('session-42').subscribe((ticket) =>
   *   isRight(ticket) ? backend.send(ticket.right.buffer) : console.error(ticket.left.message));
   * ```
   */
  readonly encryptedAppTicket$: (secret?: string | Uint8Array) => Observable<Either<UserCallError | CallFailed, EncryptedAppTicket>>;
  /**
   * The last encrypted app ticket Steam issued, after requestEncryptedAppTicket answered OK.
   * Flat: SteamAPI_ISteamUser_GetEncryptedAppTicket. Failures: Left(CallFailed) when none is
   * ready. Throws NotInitialized after shutdown.
   */
  readonly getEncryptedAppTicket: () => Either<CallFailed, EncryptedAppTicket>;
  /**
   * A URL that signs the user in to the Steam store in a web view, then goes to `redirectUrl`.
   * Flat: SteamAPI_ISteamUser_RequestStoreAuthURL, StoreAuthURLResponse_t. Failures:
   * SteamResultError (Steam gave no URL), CallResultError, NotInitialized. Throws
   * InvalidArgument for a URL with a NUL or longer than 2 KiB.
   */
  readonly requestStoreAuthURL: (redirectUrl: string) => Observable<Either<UserCallError, StoreAuthUrlResponse>>;
  /**
   * Whether the user may use the Steam Community Market, and if not why and until when. Flat:
   * SteamAPI_ISteamUser_GetMarketEligibility, MarketEligibilityResponse_t. Failures:
   * CallResultError, NotInitialized.
   */
  readonly getMarketEligibility: () => Observable<Either<UserCallError, MarketEligibilityResponse>>;
  /**
   * Steam China duration control: the user's play time and what Steam asks the game to do. Flat:
   * SteamAPI_ISteamUser_GetDurationControl, DurationControl_t. Failures: SteamResultError,
   * CallResultError, NotInitialized.
   */
  readonly getDurationControl: () => Observable<Either<UserCallError, DurationControl>>;
}

/** Reads the ready encrypted app ticket; no liveness check (callers check it, or just heard from Steam). */
const readEncryptedAppTicket = (user: UserPort): Either<CallFailed, EncryptedAppTicket> => {
  const buffer = new Uint8Array(ENCRYPTED_APP_TICKET_BUFFER_BYTES);
  const got = user.getEncryptedAppTicket(buffer);
  if (!got.ok || got.size <= 0 || got.size > buffer.byteLength) {
    return left(new CallFailed('getEncryptedAppTicket', 'no encrypted app ticket is ready (request one first)'));
  }
  return right({ buffer: buffer.slice(0, got.size), size: got.size });
};

export const userCallFunctions = (context: UserCallsContext): UserCallFunctions => {
  const { user, decoders, state } = context;

  const requestEncryptedAppTicket = (secret: unknown = ''): Observable<Either<UserCallError, EncryptedAppTicketResponse>> => {
    ensureLive(state);
    const data = secretBytes(secret);
    return steamCall(context, () => user.requestEncryptedAppTicket(data), decoders.encryptedAppTicketResponse, okOr('requestEncryptedAppTicket'));
  };

  return {
    requestEncryptedAppTicket,
    encryptedAppTicket$: (secret) =>
      requestEncryptedAppTicket(secret).pipe(concatMap((response) => of(response._tag === 'Left' ? response : readEncryptedAppTicket(user)))),
    getEncryptedAppTicket: () => {
      ensureLive(state);
      return readEncryptedAppTicket(user);
    },
    requestStoreAuthURL: (redirectUrl) => {
      ensureLive(state);
      const url = cString('redirectUrl', redirectUrl, REDIRECT_URL_MAX_BYTES);
      return steamCall(context, () => user.requestStoreAuthURL(url), decoders.storeAuthUrlResponse, (payload) =>
        payload.url === '' ? left(steamResultError('requestStoreAuthURL', EResult.Fail)) : right(payload),
      );
    },
    getMarketEligibility: () => {
      ensureLive(state);
      return steamCall(context, () => user.getMarketEligibility(), decoders.marketEligibilityResponse, right);
    },
    getDurationControl: () => {
      ensureLive(state);
      return steamCall(context, () => user.getDurationControl(), decoders.durationControl, okOr('getDurationControl'));
    },
  };
};
