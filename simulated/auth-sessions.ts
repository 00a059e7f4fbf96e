/**
 * Steam's auth-session model, shared by ISteamUser and ISteamGameServer: issuing session tickets,
 * BeginAuthSession's synchronous checks and asynchronous validation, cancellation, licences, and
 * the callbacks holders get when the ticket's owner changes state.
 */
import {
  EAuthSessionResponse,
  EBeginAuthSessionResult,
  EDenyReason,
  EResult,
  EUserHasLicenseForAppResult,
} from '../native/enums';
import type { AuthSession, AuthSubject, Endpoint, IssuedTicket } from './endpoint';
import { ServerEndpoint } from './server-endpoint';
import {
  decodeSessionTicket,
  encodeSessionTicket,
  readSessionTicket,
  SESSION_TICKET_SIZE,
  sessionTicketIdOf,
  type SessionTicketReading,
} from './session-ticket';
import { notInitializedGameServerSteamId } from './steam-id';
import type { Universe } from './universe';

/** GetAuthSessionTicket: the ticket goes into `buffer` at once; GetAuthSessionTicketResponse_t follows. */
export const issueSessionTicket = (
  issuer: Endpoint,
  buffer: Uint8Array,
  remoteSteamId: bigint | null,
): { readonly handle: number; readonly size: number } => {
  if (buffer.byteLength < SESSION_TICKET_SIZE) return { handle: 0, size: 0 };
  const universe = issuer.universe;
  const issuedAtMs = universe.now();
  const ticketId = universe.nextTicketId();
  const handle = universe.nextHandle();
  const issuerSteamId = issuer.steamId();
  const expiresAtMs = issuedAtMs + universe.ticketLifetimeMs;
  const bytes = encodeSessionTicket(universe.secret, {
    issuerSteamId,
    appId: issuer.process.appId,
    issuedAtMs,
    expiresAtMs,
    remoteSteamId,
    ticketId,
  });
  const record: IssuedTicket = {
    ticketId,
    handle,
    issuer: issuer.authSubject(),
    issuerSteamId,
    remoteSteamId,
    issuedAtMs,
    expiresAtMs,
    bytes,
    canceled: false,
    usedBy: null,
    usedByServerNotLoggedOn: null,
    sessions: null,
  };
  buffer.set(bytes, 0);
  universe.tickets.remember(record, issuedAtMs);
  issuer.issuedTickets.push(record);
  // One closure, not postLater's two: this runs once per ticket (post does nothing once dead).
  universe.later(() =>
    issuer.post('GetAuthSessionTicketResponse_t', {
      m_hAuthTicket: record.handle,
      // Steam still hands out the ticket offline but cannot register it.
      m_eResult: issuer.connected() ? EResult.OK : EResult.NoConnection,
    }),
  );
  return { handle: record.handle, size: bytes.byteLength };
};

const ownerOf = (subject: AuthSubject): bigint => subject.familySharingOwner ?? subject.steamId;

/** The owner Steam names in a validation answer, as of when it answers. */
const validationOwner = (session: AuthSession): bigint => ownerOf(session.ticket.issuer);

/** The validation outcome at the moment Steam answers (so a ban or logoff in flight counts). */
const validationResponse = (session: AuthSession): number => {
  const ticket = session.ticket;
  const subject = ticket.issuer;
  if (ticket.canceled) return EAuthSessionResponse.AuthTicketCanceled;
  if (ticket.remoteSteamId !== null && ticket.remoteSteamId !== session.holder.steamId()) {
    return EAuthSessionResponse.AuthTicketNetworkIdentityFailure;
  }
  if (session.usedByAnother) return EAuthSessionResponse.AuthTicketInvalidAlreadyUsed;
  if (subject.loggedInElsewhere) return EAuthSessionResponse.LoggedInElseWhere;
  if (!subject.connected) return EAuthSessionResponse.UserNotConnectedToSteam;
  if (subject.vacBanned) return EAuthSessionResponse.VACBanned;
  if (subject.publisherBanned) return EAuthSessionResponse.PublisherIssuedBan;
  if (!subject.ownsApp && subject.familySharingOwner === null) return EAuthSessionResponse.NoLicenseOrExpired;
  return EAuthSessionResponse.OK;
};

/** GSClientDeny_t reason for a failed validation on an authenticating game server. */
export const denyReasonFor = (response: number): number => {
  switch (response) {
    case EAuthSessionResponse.UserNotConnectedToSteam:
      return EDenyReason.NotLoggedOn;
    case EAuthSessionResponse.NoLicenseOrExpired:
      return EDenyReason.NoLicense;
    case EAuthSessionResponse.VACBanned:
      return EDenyReason.Cheater;
    case EAuthSessionResponse.LoggedInElseWhere:
      return EDenyReason.LoggedInElseWhere;
    default:
      return EDenyReason.Generic;
  }
};

const responseNames = new Map<number, string>(Object.entries(EAuthSessionResponse).map(([name, value]) => [value, name]));

const stateAfter = (response: number): AuthSession['state'] =>
  response === EAuthSessionResponse.OK ? 'validated' : response === EAuthSessionResponse.AuthTicketCanceled ? 'canceled' : 'failed';

const sessionIsCurrent = (session: AuthSession): boolean =>
  session.holder.live && session.holder.sessions.get(session.steamId) === session;

/** ValidateAuthTicketResponse_t for the holder now (inside a scheduled action). */
const sendResponse = (session: AuthSession, response: number, owner: bigint): void => {
  session.response = response;
  session.ownerSteamId = owner;
  session.holder.post('ValidateAuthTicketResponse_t', {
    m_SteamID: session.steamId,
    m_eAuthSessionResponse: response,
    m_OwnerSteamID: owner,
  });
};

// Native: a JS loop over a view of a large buffer is several times slower here.
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0;

/**
 * Steam's back end knows the tickets it issued: bytes identical to one of them are genuine, so
 * the MAC need not be recomputed. Anything else (a changed byte, a cancelled ticket, a ticket from
 * another simulated Steam) gets the full check, with the same outcome as always.
 */
const readPresentedTicket = (universe: Universe, bytes: Uint8Array): SessionTicketReading => {
  const ticketId = sessionTicketIdOf(bytes);
  // A cancelled ticket keeps no copy of its bytes: presented again, it is checked by its MAC.
  const issued = ticketId === null ? undefined : universe.tickets.openTicket(ticketId);
  if (issued !== undefined && sameBytes(issued.bytes, bytes)) return { _tag: 'Valid', ticket: decodeSessionTicket(bytes) };
  return readSessionTicket(universe.secret, bytes);
};

/** BeginAuthSession: the synchronous checks; on OK the validation answer follows after the latency. */
export const beginAuthSession = (holder: Endpoint, ticket: Uint8Array, steamId: bigint): number => {
  const universe = holder.universe;
  const reading = readPresentedTicket(universe, ticket);
  if (reading._tag === 'UnknownVersion') return EBeginAuthSessionResult.InvalidVersion;
  if (reading._tag !== 'Valid') return EBeginAuthSessionResult.InvalidTicket;
  const fields = reading.ticket;
  if (fields.issuerSteamId !== steamId) return EBeginAuthSessionResult.InvalidTicket;
  if (holder.sessions.has(steamId)) return EBeginAuthSessionResult.DuplicateRequest;
  if (fields.appId !== holder.process.appId) return EBeginAuthSessionResult.GameMismatch;
  if (universe.now() >= fields.expiresAtMs) return EBeginAuthSessionResult.ExpiredTicket;

  // A genuine MAC means this universe issued it (its secret is its own), and an unexpired ticket
  // is still in the index: an unknown one is refused all the same, as Steam knows only its own.
  const record = universe.tickets.find(fields.ticketId);
  if (record === undefined || record.issuerSteamId !== fields.issuerSteamId) return EBeginAuthSessionResult.InvalidTicket;
  const identity = holder.steamId();
  // Servers not logged on all have Steam ID 1: for them the server itself is the identity.
  const serverNotLoggedOn = identity === notInitializedGameServerSteamId ? holder.authSubject() : null;
  const identityMatches = record.remoteSteamId === null || record.remoteSteamId === identity;
  const usedByAnother = record.usedBy !== null && (record.usedBy !== identity || record.usedByServerNotLoggedOn !== serverNotLoggedOn);
  if (record.usedBy === null && identityMatches && !record.canceled) {
    record.usedBy = identity;
    record.usedByServerNotLoggedOn = serverNotLoggedOn;
  }
  const session: AuthSession = {
    holder,
    steamId,
    ticket: record,
    beganAtMs: universe.now(),
    usedByAnother,
    ownerSteamId: steamId,
    state: 'pending',
    response: null,
  };
  holder.sessions.set(steamId, session);
  if (record.sessions === null) record.sessions = [session];
  else record.sessions.push(session);
  universe.later(() => {
    if (!sessionIsCurrent(session) || session.state !== 'pending') return;
    const owner = validationOwner(session);
    const response = validationResponse(session);
    session.state = stateAfter(response);
    sendResponse(session, response, owner);
    if (holder instanceof ServerEndpoint) {
      if (response === EAuthSessionResponse.OK) holder.totalConnects += 1;
      if (holder.authenticating()) {
        if (response === EAuthSessionResponse.OK) holder.post('GSClientApprove_t', { m_SteamID: steamId, m_OwnerSteamID: owner });
        else {
          holder.post('GSClientDeny_t', {
            m_SteamID: steamId,
            m_eDenyReason: denyReasonFor(response),
            m_rgchOptionalText: responseNames.get(response) ?? '',
          });
        }
      }
    }
  });
  return EBeginAuthSessionResult.OK;
};

/**
 * Removes `list[index]`, keeping the order. The item is usually the last (the only session on a
 * ticket, the ticket just issued): pop then, since splice allocates an array of what it removed.
 */
const removeAt = <T>(list: T[], index: number): void => {
  if (index === list.length - 1) list.pop();
  else list.splice(index, 1);
};

/** Takes an ended session off its ticket's list (who hears of a cancel). */
const forgetTicketSession = (session: AuthSession): void => {
  const sessions = session.ticket.sessions;
  if (sessions === null) return;
  const index = sessions.indexOf(session);
  if (index >= 0) removeAt(sessions, index);
};

/** EndAuthSession: forgets the session; no callback. */
export const endAuthSession = (holder: Endpoint, steamId: bigint): void => {
  const session = holder.sessions.get(steamId);
  if (session === undefined) return;
  holder.sessions.delete(steamId);
  forgetTicketSession(session);
  if (holder instanceof ServerEndpoint && session.state === 'validated') {
    holder.totalMillisecondsPlayed += holder.universe.now() - session.beganAtMs;
  }
};

/** Takes the open ticket with `handle` off the issuer's list (keeping the rest in issue order). */
const takeIssuedTicket = (issuer: Endpoint, handle: number): IssuedTicket | undefined => {
  const tickets = issuer.issuedTickets;
  let index = tickets.length - 1;
  // From the newest: the ticket cancelled is usually the one just issued.
  while (index >= 0 && (tickets[index] as IssuedTicket).handle !== handle) index -= 1;
  if (index < 0) return undefined;
  const ticket = tickets[index] as IssuedTicket;
  removeAt(tickets, index);
  return ticket;
};

/** CancelAuthTicket: every holder of a session on it gets AuthTicketCanceled after the latency. */
export const cancelSessionTicket = (issuer: Endpoint, handle: number): boolean => {
  const ticket = takeIssuedTicket(issuer, handle);
  if (ticket === undefined) return false;
  ticket.canceled = true;
  issuer.universe.tickets.canceled(ticket);
  // Every current session, anywhere, that was begun with it. Usually none are left by now: an
  // index loop then allocates nothing, where filter would make an empty array.
  const sessions = ticket.sessions ?? [];
  for (let index = 0; index < sessions.length; index += 1) {
    const session = sessions[index] as AuthSession;
    if (!sessionIsCurrent(session)) continue;
    issuer.universe.later(() => {
      // A validation that already answered AuthTicketCanceled is not repeated.
      if (!sessionIsCurrent(session) || session.state === 'canceled') return;
      session.state = 'canceled';
      sendResponse(session, EAuthSessionResponse.AuthTicketCanceled, session.ownerSteamId);
    });
  }
  return true;
};

/**
 * Something changed about `steamId` after validation (ban, logoff, logged in elsewhere): every
 * holder of a session for it hears `response` after the latency.
 */
export const notifySessionHolders = (universe: Universe, steamId: bigint, response: number): void => {
  const sessions = universe.liveEndpoints().flatMap((endpoint) => {
    const session = endpoint.sessions.get(steamId);
    return session === undefined ? [] : [session];
  });
  for (const session of sessions) {
    universe.later(() => {
      if (!sessionIsCurrent(session)) return;
      session.state = stateAfter(response);
      sendResponse(session, response, session.ownerSteamId);
    });
  }
};

/** UserHasLicenseForApp: only for Steam IDs this endpoint has a session with. */
export const userHasLicenseForApp = (holder: Endpoint, steamId: bigint, appId: number): number => {
  const session = holder.sessions.get(steamId);
  if (session === undefined) return EUserHasLicenseForAppResult.NoAuth;
  const subject = session.ticket.issuer;
  if (appId === holder.process.appId) {
    return subject.ownsApp || subject.familySharingOwner !== null
      ? EUserHasLicenseForAppResult.HasLicense
      : EUserHasLicenseForAppResult.DoesNotHaveLicense;
  }
  return subject.dlc.has(appId) ? EUserHasLicenseForAppResult.HasLicense : EUserHasLicenseForAppResult.DoesNotHaveLicense;
};

/** Shutdown: the endpoint's tickets are cancelled (holders hear it) and its own sessions end. */
export const releaseAuth = (endpoint: Endpoint): void => {
  for (const ticket of [...endpoint.issuedTickets]) cancelSessionTicket(endpoint, ticket.handle);
  for (const steamId of [...endpoint.sessions.keys()]) endAuthSession(endpoint, steamId);
};
