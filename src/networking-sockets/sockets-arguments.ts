/**
 * Argument checks of the Sockets namespace: identities, IP addresses, handles, close
 * reasons, user data. Each returns the value in the port's form or throws an InvalidArgument
 * naming the argument (misuse, thrown at call time).
 */
import type { NetworkingIdentity, NetworkingIpAddress } from '../../native/networking-identity';
import { InvalidArgument } from '../errors';
import { describeValue } from '../validation/describe-value';
import { identityArgument, networkingIpAddressArgument } from '../networking/networking-arguments';
import { cString, integerIn, uint32, INT32_MAX } from '../validation/arguments';
import { readProperty } from '../validation/read-option';

/** k_cchSteamNetworkingMaxConnectionCloseReason: the close reason's text, NUL included. */
export const CLOSE_DEBUG_BYTES = 128;
/** k_cchSteamNetworkingMaxConnectionDescription: a connection's name and description, NUL included. */
export const CONNECTION_NAME_BYTES = 128;
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

/** An HSteamNetConnection, HSteamListenSocket or HSteamNetPollGroup: a uint32. */
export const handleArgument = (argument: string, value: unknown): number => uint32(argument, value);

/** A virtual port (nLocalVirtualPort / nRemoteVirtualPort): 0..2^31-1. */
export const virtualPortArgument = (argument: string, value: unknown): number => integerIn(argument, value, 0, INT32_MAX);

/**
 * CloseConnection's nReason: 0 (unspecified) or an application code, k_ESteamNetConnectionEnd_App_Min
 * (1000) .. k_ESteamNetConnectionEnd_AppException_Max (2999); Steam's own codes are not the app's to send.
 */
export const closeReasonArgument = (argument: string, value: unknown): number => {
  const reason = integerIn(argument, value, 0, 2999);
  if (reason !== 0 && reason < 1000) throw new InvalidArgument(argument, `${reason} is not 0 nor an application reason in 1000..2999`);
  return reason;
};

/** A connection's int64 user data. */
export const userDataArgument = (argument: string, value: unknown): bigint => {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value !== 'bigint') throw new InvalidArgument(argument, `expected an int64 bigint, got ${describeValue(value)}`);
  if (value < INT64_MIN || value > INT64_MAX) throw new InvalidArgument(argument, `${value} is outside the int64 range`);
  return value;
};

/** Close debug text (0..127 bytes). */
export const closeDebugArgument = (argument: string, value: unknown): string => cString(argument, value, CLOSE_DEBUG_BYTES);

/** A SteamNetworkingIPAddr (the shared check of src/networking). */
export const ipAddressArgument = (argument: string, value: unknown): NetworkingIpAddress => networkingIpAddressArgument(argument, value);

/**
 * Whether a value is shaped as an IP address (has `port` and `ipv4` or `ipv6`), not an identity.
 * An object that cannot be read is an InvalidArgument naming `argument` (the caller's parameter).
 */
export const looksLikeIpAddress = (argument: string, value: unknown): boolean => {
  if (value === null || typeof value !== 'object') return false;
  const object = value as Record<string, unknown>;
  return readProperty(argument, object, 'port') !== undefined && (readProperty(argument, object, 'ipv4') !== undefined || readProperty(argument, object, 'ipv6') !== undefined);
};

/** A SteamNetworkingIdentity: a Steam ID (bigint or text, as shorthand) or an identity object (shared with Messages). */
export { identityArgument };

/** An identity or null (CreateSocketPair's "localhost"). */
export const optionalIdentityArgument = (argument: string, value: unknown): NetworkingIdentity | null =>
  value === undefined || value === null ? null : identityArgument(argument, value);

/**
 * A caller's array copied into a plain one, or an InvalidArgument: Array.isArray throws a raw
 * TypeError for a revoked Proxy, and an array Proxy's traps may throw reading its length or items.
 */
const arrayItems = (argument: string, value: unknown, maximum: number): unknown[] => {
  let items: unknown[];
  try {
    if (!Array.isArray(value)) throw new InvalidArgument(argument, `expected an array, got ${describeValue(value)}`);
    const length = (value as unknown[]).length;
    if (length > maximum) throw new InvalidArgument(argument, `has ${length} elements, more than the ${maximum} allowed`);
    items = [];
    for (let index = 0; index < length; index += 1) items.push((value as unknown[])[index]);
  } catch (error) {
    if (error instanceof InvalidArgument) throw error;
    throw new InvalidArgument(argument, 'could not be read (its Proxy threw)');
  }
  return items;
};

/** An array of at most `maximum` elements, each checked (on a copy: the caller's array is read once). */
export const arrayArgument = <A>(argument: string, value: unknown, maximum: number, element: (name: string, item: unknown) => A): A[] =>
  arrayItems(argument, value, maximum).map((item, index) => element(`${argument}[${index}]`, item));

/** A connection name (0..127 bytes). */
export const connectionNameArgument = (argument: string, value: unknown): string => cString(argument, value, CONNECTION_NAME_BYTES);
