/**
 * The example's own wire protocol (Steam leaves networking to the game): one JSON object per
 * line. The host greets with its Steam ID (so the player can issue a ticket for that identity),
 * the player answers with its ticket, the host admits or refuses. Everything read off the socket
 * goes through an io-ts codec, so a bad line is a value, never a crash.
 */
import { isLeft, left, right, type Either } from 'fp-ts/Either';
import * as t from 'io-ts';
import { SteamIdFromString } from '../../src';

/** Steam's tickets are a few hundred bytes; the SDK accepts at most 8 KiB. */
const TICKET_MAX_BYTES = 8192;
const HEX = /^(?:[0-9a-f]{2})+$/;

/** Ticket bytes as lowercase hex text. */
const TicketFromHex = new t.Type<Uint8Array, string, unknown>(
  'TicketFromHex',
  (value): value is Uint8Array => value instanceof Uint8Array,
  (value, context) =>
    typeof value === 'string' && HEX.test(value) && value.length <= TICKET_MAX_BYTES * 2
      ? t.success(Uint8Array.from(Buffer.from(value, 'hex')))
      : t.failure(value, context, `a ticket is 1 to ${TICKET_MAX_BYTES} bytes of lowercase hex`),
  (bytes) => Buffer.from(bytes).toString('hex'),
);

const PlayerName = t.refinement(t.string, (name) => name.length > 0 && name.length <= 64, 'PlayerName');

/** Host → player, on connect: "make your ticket for this Steam ID". */
export const Welcome = t.type({ type: t.literal('welcome'), host: PlayerName, steamId: SteamIdFromString });
/** Player → host: who I am and my ticket. */
export const TicketOffer = t.type({ type: t.literal('ticket'), name: PlayerName, steamId: SteamIdFromString, ticket: TicketFromHex });
/** Host → player: Steam validated the ticket; you are in. */
export const Admitted = t.type({ type: t.literal('admitted') });
/** Host → player: not admitted, and why; the host closes the connection after it. */
export const Refused = t.type({ type: t.literal('refused'), reason: t.string });

export const HostMessage = t.union([Welcome, Admitted, Refused]);
export type HostMessage = t.TypeOf<typeof HostMessage>;
export const PlayerMessage = TicketOffer;
export type PlayerMessage = t.TypeOf<typeof PlayerMessage>;
export type Welcome = t.TypeOf<typeof Welcome>;
export type TicketOffer = t.TypeOf<typeof TicketOffer>;

export interface ProtocolError {
  readonly _tag: 'ProtocolError';
  readonly message: string;
}

export const protocolError = (message: string): ProtocolError => ({ _tag: 'ProtocolError', message });

/** One line of the wire format (the codec turns bigints and bytes into text). */
export const encodeMessage = <A, O>(codec: t.Type<A, O, unknown>, message: A): string => `${JSON.stringify(codec.encode(message))}\n`;

const parseJson = (line: string): Either<ProtocolError, unknown> => {
  try {
    return right(JSON.parse(line) as unknown);
  } catch {
    // Say how long, not what: the line may hold ticket bytes.
    return left(protocolError(`not JSON (a line of ${line.length} characters)`));
  }
};

/** Reads one line with `codec`; the error names what was wrong, never the ticket bytes. */
export const decodeMessage =
  <A, O>(codec: t.Type<A, O, unknown>) =>
  (line: string): Either<ProtocolError, A> => {
    const json = parseJson(line);
    if (isLeft(json)) return json;
    const decoded = codec.decode(json.right);
    if (!isLeft(decoded)) return decoded;
    const reasons = decoded.left.map((error) => error.message ?? `bad ${error.context.map((entry) => entry.key).filter(Boolean).join('.')}`);
    return left(protocolError(`not a ${codec.name} message (${[...new Set(reasons)].join('; ')})`));
  };
