/*
 * ISteamNetworkingMessages (SteamNetworkingMessages002) of the fake library, and the one allocator
 * of SteamNetworkingMessage_t every fake receive uses (this file sorts before networking-sockets.c
 * and networking-utils.c, which call fake_message_new).
 *
 * Messages are laid out as Valve's (216 bytes, natural alignment; asserted below) with m_pfnRelease
 * pointing at a counter: SteamAPI_SteamNetworkingMessage_t_Release calls it, as Valve's does. A
 * released message is poisoned (0xCD over its data) and parked, never freed before reset, so a
 * second release is counted instead of corrupting the heap, and a reader that kept a pointer reads
 * poison.
 *
 * Received messages are scripted per session (client / game server) and channel with
 * FakeSteam_QueueNetworkingMessage; ReceiveMessagesOnChannel hands them out in order.
 */
#include <stddef.h>

typedef struct FakeNetworkingMessage {
  void *m_pData;
  int m_cbSize;
  uint32_t m_conn;
  uint8_t m_identityPeer[NETWORKING_IDENTITY_BYTES];
  int64_t m_nConnUserData;
  int64_t m_usecTimeReceived;
  int64_t m_nMessageNumber;
  void (*m_pfnFreeData)(struct FakeNetworkingMessage *);
  void (*m_pfnRelease)(struct FakeNetworkingMessage *);
  int m_nChannel;
  int m_nFlags;
  int64_t m_nUserData;
  uint16_t m_idxLane;
  uint16_t _pad1__;
} FakeNetworkingMessage;

_Static_assert(sizeof(FakeNetworkingMessage) == 216, "SteamNetworkingMessage_t is 216 bytes");
_Static_assert(offsetof(FakeNetworkingMessage, m_identityPeer) == 16, "m_identityPeer at 16");
_Static_assert(offsetof(FakeNetworkingMessage, m_nConnUserData) == 152, "m_nConnUserData at 152");
_Static_assert(offsetof(FakeNetworkingMessage, m_pfnRelease) == 184, "m_pfnRelease at 184");
_Static_assert(offsetof(FakeNetworkingMessage, m_nChannel) == 192, "m_nChannel at 192");
_Static_assert(offsetof(FakeNetworkingMessage, m_idxLane) == 208, "m_idxLane at 208");

typedef struct MessageTracker {
  FakeNetworkingMessage *message;
  int released;
  struct MessageTracker *next;
} MessageTracker;

static MessageTracker *messageTrackers;
static int messagesAllocated;
static int messageReleases;
static int messageDoubleReleases;
static int messageUnknownReleases;

static MessageTracker *find_tracker(const FakeNetworkingMessage *message) {
  for (MessageTracker *t = messageTrackers; t != NULL; t = t->next)
    if (t->message == message) return t;
  return NULL;
}

static void fake_message_release(FakeNetworkingMessage *message) {
  MessageTracker *tracker = find_tracker(message);
  if (tracker == NULL) {
    messageUnknownReleases++;
    return;
  }
  if (tracker->released) {
    messageDoubleReleases++;
    return;
  }
  tracker->released = 1;
  messageReleases++;
  if (message->m_pData != NULL && message->m_cbSize > 0) memset(message->m_pData, 0xCD, (size_t)message->m_cbSize);
}

/* A message of `size` bytes (copied from `data` when given) with Valve's layout; identity is 136 bytes or NULL (zeros). */
static FakeNetworkingMessage *fake_message_new(const void *data, int size, uint32_t conn, const uint8_t *identity, int64_t connUserData,
                                               int64_t messageNumber, int channel, int flags, uint16_t lane) {
  FakeNetworkingMessage *message = calloc(1, sizeof *message);
  int allocated = size > 0 ? size : 0;
  message->m_pData = allocated > 0 ? malloc((size_t)allocated) : NULL;
  if (data != NULL && allocated > 0) memcpy(message->m_pData, data, (size_t)allocated);
  else if (allocated > 0) memset(message->m_pData, 0, (size_t)allocated);
  message->m_cbSize = size;
  message->m_conn = conn;
  if (identity != NULL) memcpy(message->m_identityPeer, identity, NETWORKING_IDENTITY_BYTES);
  message->m_nConnUserData = connUserData;
  message->m_usecTimeReceived = (int64_t)(monotonic_ns() / 1000u);
  message->m_nMessageNumber = messageNumber;
  message->m_pfnRelease = fake_message_release;
  message->m_nChannel = channel;
  message->m_nFlags = flags;
  message->m_idxLane = lane;
  MessageTracker *tracker = calloc(1, sizeof *tracker);
  tracker->message = message;
  tracker->next = messageTrackers;
  messageTrackers = tracker;
  messagesAllocated++;
  return message;
}

EXPORT void SteamAPI_SteamNetworkingMessage_t_Release(FakeNetworkingMessage *self) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  if (self == NULL) return;
  /* Only messages this fake made are touched: an unknown pointer is counted, never dereferenced. */
  if (find_tracker(self) == NULL) {
    messageUnknownReleases++;
    return;
  }
  if (self->m_pfnRelease != NULL) self->m_pfnRelease(self);
}

EXPORT int FakeSteam_NetworkingMessagesAllocated(void) { return messagesAllocated; }
EXPORT int FakeSteam_NetworkingMessageReleases(void) { return messageReleases; }
EXPORT int FakeSteam_NetworkingMessageDoubleReleases(void) { return messageDoubleReleases; }
EXPORT int FakeSteam_NetworkingMessageUnknownReleases(void) { return messageUnknownReleases; }
/* Messages made and not yet released (leaks, once the SDK is done with a receive). */
EXPORT int FakeSteam_NetworkingMessagesLive(void) {
  int live = 0;
  for (MessageTracker *t = messageTrackers; t != NULL; t = t->next)
    if (!t->released) live++;
  return live;
}

/* ---- ISteamNetworkingMessages ------------------------------------------------------------- */

static char networkingMessagesInterface[16], gameServerNetworkingMessagesInterface[16];

typedef struct InboxEntry {
  int server;
  int channel;
  FakeNetworkingMessage *message;
  struct InboxEntry *next;
} InboxEntry;

static InboxEntry *inbox;

ON_RESET(reset_networking_messages) {
  while (inbox != NULL) {
    InboxEntry *next = inbox->next;
    free(inbox);
    inbox = next;
  }
  while (messageTrackers != NULL) {
    MessageTracker *next = messageTrackers->next;
    free(messageTrackers->message->m_pData);
    free(messageTrackers->message);
    free(messageTrackers);
    messageTrackers = next;
  }
  messagesAllocated = messageReleases = messageDoubleReleases = messageUnknownReleases = 0;
}

/* 0: the client's interface, 1: the game server's. */
EXPORT uint64_t FakeSteam_NetworkingMessagesInterface(int server) {
  return (uint64_t)(uintptr_t)(server ? gameServerNetworkingMessagesInterface : networkingMessagesInterface);
}

/* A message the session (0 client, 1 game server) will receive on `channel`; `size` may lie (negative,
   or with `nullData` a positive size and m_pData NULL) to test the reader. */
EXPORT void FakeSteam_QueueNetworkingMessage(int server, int channel, const void *data, int size, const void *identity, int64_t messageNumber,
                                             int flags, int nullData) {
  FakeNetworkingMessage *message = fake_message_new(data, nullData ? 0 : size, 0, identity, -1, messageNumber, channel, flags, 0);
  if (nullData || size < 0) message->m_cbSize = size;
  InboxEntry *entry = calloc(1, sizeof *entry);
  entry->server = server;
  entry->channel = channel;
  entry->message = message;
  InboxEntry **at = &inbox;
  while (*at != NULL) at = &(*at)->next;
  *at = entry;
}

EXPORT int FakeSteam_PendingNetworkingMessages(int server) {
  int count = 0;
  for (InboxEntry *e = inbox; e != NULL; e = e->next)
    if (e->server == server) count++;
  return count;
}

EXPORT void *SteamAPI_SteamNetworkingMessages_SteamAPI_v002(void) { return accessor(__func__, clientLive, networkingMessagesInterface); }
EXPORT void *SteamAPI_SteamGameServerNetworkingMessages_SteamAPI_v002(void) {
  return accessor(__func__, serverLive, gameServerNetworkingMessagesInterface);
}

EXPORT int SteamAPI_ISteamNetworkingMessages_SendMessageToUser(void *self, const void *identityRemote, const void *pubData, uint32_t cubData,
                                                               int nSendFlags, int nRemoteChannel) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_identity(r, 1, identityRemote);
  arg_bytes(r, 2, pubData, (int)cubData);
  arg_value(r, 3, cubData);
  arg_value(r, 4, (uint64_t)(int64_t)nSendFlags);
  arg_value(r, 5, (uint64_t)(int64_t)nRemoteChannel);
  return (int)r->returnValue;
}

/* Hands out up to nMaxMessages queued messages of the caller's session and channel, in order. A
   scripted return value is answered instead of the count (to test a reader that trusts it). */
EXPORT int SteamAPI_ISteamNetworkingMessages_ReceiveMessagesOnChannel(void *self, int nLocalChannel, FakeNetworkingMessage **ppOutMessages,
                                                                      int nMaxMessages) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)nLocalChannel);
  arg_pointer(r, 2, ppOutMessages);
  arg_value(r, 3, (uint64_t)(int64_t)nMaxMessages);
  int server = self == (void *)gameServerNetworkingMessagesInterface;
  int count = 0;
  InboxEntry **at = &inbox;
  while (*at != NULL && ppOutMessages != NULL && count < nMaxMessages) {
    InboxEntry *entry = *at;
    if (entry->server == server && entry->channel == nLocalChannel) {
      ppOutMessages[count++] = entry->message;
      *at = entry->next;
      free(entry);
    } else {
      at = &entry->next;
    }
  }
  return r->hasReturn ? (int)r->returnValue : count;
}

EXPORT bool SteamAPI_ISteamNetworkingMessages_AcceptSessionWithUser(void *self, const void *identityRemote) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_identity(r, 1, identityRemote);
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamNetworkingMessages_CloseSessionWithUser(void *self, const void *identityRemote) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_identity(r, 1, identityRemote);
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamNetworkingMessages_CloseChannelWithUser(void *self, const void *identityRemote, int nLocalChannel) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_identity(r, 1, identityRemote);
  arg_value(r, 2, (uint64_t)(int64_t)nLocalChannel);
  return r->returnValue != 0;
}

/* The output is the SteamNetConnectionInfo_t bytes, the output of the pseudo-record
   "SteamAPI_ISteamNetworkingMessages_GetSessionConnectionInfo_QuickStatus" the real-time status
   bytes; each is written only when scripted (Steam leaves them alone without a session). */
EXPORT int SteamAPI_ISteamNetworkingMessages_GetSessionConnectionInfo(void *self, const void *identityRemote, void *pConnectionInfo,
                                                                      void *pQuickStatus) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_identity(r, 1, identityRemote);
  arg_pointer(r, 2, pConnectionInfo);
  arg_pointer(r, 3, pQuickStatus);
  Record *status = find_record("SteamAPI_ISteamNetworkingMessages_GetSessionConnectionInfo_QuickStatus");
  if (r->output != NULL && pConnectionInfo != NULL) memcpy(pConnectionInfo, r->output, (size_t)(r->outputLength < 696 ? r->outputLength : 696));
  if (status->output != NULL && pQuickStatus != NULL) memcpy(pQuickStatus, status->output, (size_t)(status->outputLength < 120 ? status->outputLength : 120));
  return (int)r->returnValue;
}
