/*
 * ISteamNetworkingSockets (SteamNetworkingSockets012) of the fake library: every flat function the
 * SDK binds, recording its arguments (structs passed in as their bytes) and answering scripted
 * values (FakeSteam_SetReturn / SetOutput / SetOutValue).
 *
 * Received messages are scripted per session and per connection or poll group with
 * FakeSteam_QueueSocketsMessage; they come from networking-messages.c's allocator (sorted before
 * this file), so their releases are counted with every other message. SendMessages takes the
 * messages as Valve's does: it logs each one's connection, flags, lane, user data and payload (read
 * by FakeSteam_SentSocketsMessage) and releases it, answering message numbers 1, 2, … (or, with a
 * scripted return value R, -R for every message).
 */

static char networkingSocketsInterface[16], gameServerNetworkingSocketsInterface[16];

typedef struct SocketsInboxEntry {
  int server;
  int onPollGroup;
  uint32_t target;
  FakeNetworkingMessage *message;
  struct SocketsInboxEntry *next;
} SocketsInboxEntry;

typedef struct SentSocketsMessage {
  uint32_t conn;
  int flags;
  uint16_t lane;
  int64_t userData;
  int size;
  uint8_t *data;
  struct SentSocketsMessage *next;
} SentSocketsMessage;

/* How many times CloseConnection was called for each handle (a test asks per handle: exactly once). */
typedef struct ConnectionCloses {
  uint32_t conn;
  int count;
  struct ConnectionCloses *next;
} ConnectionCloses;

static ConnectionCloses *connectionCloses;
static SocketsInboxEntry *socketsInbox;
static SentSocketsMessage *sentSockets;
static int sentSocketsCount;

ON_RESET(reset_networking_sockets) {
  while (socketsInbox != NULL) {
    SocketsInboxEntry *next = socketsInbox->next;
    free(socketsInbox);
    socketsInbox = next;
  }
  while (sentSockets != NULL) {
    SentSocketsMessage *next = sentSockets->next;
    free(sentSockets->data);
    free(sentSockets);
    sentSockets = next;
  }
  sentSocketsCount = 0;
  while (connectionCloses != NULL) {
    ConnectionCloses *next = connectionCloses->next;
    free(connectionCloses);
    connectionCloses = next;
  }
}

/* How many times CloseConnection was called with this handle since the last reset. */
EXPORT int FakeSteam_ConnectionCloses(uint32_t conn) {
  for (ConnectionCloses *c = connectionCloses; c != NULL; c = c->next)
    if (c->conn == conn) return c->count;
  return 0;
}

/* 0: the client's interface, 1: the game server's. */
EXPORT uint64_t FakeSteam_NetworkingSocketsInterface(int server) {
  return (uint64_t)(uintptr_t)(server ? gameServerNetworkingSocketsInterface : networkingSocketsInterface);
}

/* A message the session (0 client, 1 server) will receive on connection `target` (or poll group `target` when onPollGroup). */
EXPORT void FakeSteam_QueueSocketsMessage(int server, int onPollGroup, uint32_t target, const void *data, int size, const void *identity,
                                          int64_t connUserData, int64_t messageNumber, int flags, int lane) {
  FakeNetworkingMessage *message = fake_message_new(data, size, onPollGroup ? 0 : target, identity, connUserData, messageNumber, 0, flags, (uint16_t)lane);
  SocketsInboxEntry *entry = calloc(1, sizeof *entry);
  entry->server = server;
  entry->onPollGroup = onPollGroup;
  entry->target = target;
  entry->message = message;
  SocketsInboxEntry **at = &socketsInbox;
  while (*at != NULL) at = &(*at)->next;
  *at = entry;
}

EXPORT int FakeSteam_PendingSocketsMessages(int server) {
  int count = 0;
  for (SocketsInboxEntry *e = socketsInbox; e != NULL; e = e->next)
    if (e->server == server) count++;
  return count;
}

EXPORT int FakeSteam_SentSocketsMessages(void) { return sentSocketsCount; }

/* The index-th message SendMessages took (in order): copies its payload into `out` and its fields into the out-parameters; returns its size, -1 when none. */
EXPORT int FakeSteam_SentSocketsMessage(int index, void *out, int capacity, uint32_t *conn, int *flags, int *lane, int64_t *userData) {
  SentSocketsMessage *sent = sentSockets;
  for (int i = 0; sent != NULL && i < index; i++) sent = sent->next;
  if (sent == NULL || index < 0) return -1;
  if (out != NULL && sent->size > 0) memcpy(out, sent->data, (size_t)(sent->size < capacity ? sent->size : capacity));
  *conn = sent->conn;
  *flags = sent->flags;
  *lane = sent->lane;
  *userData = sent->userData;
  return sent->size;
}

EXPORT void *SteamAPI_SteamNetworkingSockets_SteamAPI_v012(void) { return accessor(__func__, clientLive, networkingSocketsInterface); }
EXPORT void *SteamAPI_SteamGameServerNetworkingSockets_SteamAPI_v012(void) {
  return accessor(__func__, serverLive, gameServerNetworkingSocketsInterface);
}

#define NETWORKING_IP_ADDRESS_BYTES 18

EXPORT uint32_t SteamAPI_ISteamNetworkingSockets_CreateListenSocketIP(void *self, const void *localAddress, int nOptions, const void *pOptions) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_bytes(r, 1, localAddress, NETWORKING_IP_ADDRESS_BYTES);
  arg_value(r, 2, (uint64_t)(int64_t)nOptions);
  arg_pointer(r, 3, pOptions);
  return (uint32_t)r->returnValue;
}

EXPORT uint32_t SteamAPI_ISteamNetworkingSockets_ConnectByIPAddress(void *self, const void *address, int nOptions, const void *pOptions) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_bytes(r, 1, address, NETWORKING_IP_ADDRESS_BYTES);
  arg_value(r, 2, (uint64_t)(int64_t)nOptions);
  arg_pointer(r, 3, pOptions);
  return (uint32_t)r->returnValue;
}

EXPORT uint32_t SteamAPI_ISteamNetworkingSockets_CreateListenSocketP2P(void *self, int nLocalVirtualPort, int nOptions, const void *pOptions) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)nLocalVirtualPort);
  arg_value(r, 2, (uint64_t)(int64_t)nOptions);
  arg_pointer(r, 3, pOptions);
  return (uint32_t)r->returnValue;
}

EXPORT uint32_t SteamAPI_ISteamNetworkingSockets_ConnectP2P(void *self, const void *identityRemote, int nRemoteVirtualPort, int nOptions,
                                                           const void *pOptions) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_identity(r, 1, identityRemote);
  arg_value(r, 2, (uint64_t)(int64_t)nRemoteVirtualPort);
  arg_value(r, 3, (uint64_t)(int64_t)nOptions);
  arg_pointer(r, 4, pOptions);
  return (uint32_t)r->returnValue;
}

EXPORT int SteamAPI_ISteamNetworkingSockets_AcceptConnection(void *self, uint32_t hConn) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hConn);
  return (int)r->returnValue;
}

EXPORT bool SteamAPI_ISteamNetworkingSockets_CloseConnection(void *self, uint32_t hPeer, int nReason, const char *pszDebug, bool bEnableLinger) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hPeer);
  arg_value(r, 2, (uint64_t)(int64_t)nReason);
  arg_string(r, 3, pszDebug);
  arg_value(r, 4, bEnableLinger);
  ConnectionCloses *c = connectionCloses;
  while (c != NULL && c->conn != hPeer) c = c->next;
  if (c == NULL) {
    c = calloc(1, sizeof *c);
    c->conn = hPeer;
    c->next = connectionCloses;
    connectionCloses = c;
  }
  c->count++;
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamNetworkingSockets_CloseListenSocket(void *self, uint32_t hSocket) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hSocket);
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamNetworkingSockets_SetConnectionUserData(void *self, uint32_t hPeer, int64_t nUserData) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hPeer);
  arg_value(r, 2, (uint64_t)nUserData);
  return r->returnValue != 0;
}

EXPORT int64_t SteamAPI_ISteamNetworkingSockets_GetConnectionUserData(void *self, uint32_t hPeer) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hPeer);
  return (int64_t)r->returnValue;
}

EXPORT void SteamAPI_ISteamNetworkingSockets_SetConnectionName(void *self, uint32_t hPeer, const char *pszName) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hPeer);
  arg_string(r, 2, pszName);
}

EXPORT bool SteamAPI_ISteamNetworkingSockets_GetConnectionName(void *self, uint32_t hPeer, char *pszName, int nMaxLen) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hPeer);
  arg_pointer(r, 2, pszName);
  arg_value(r, 3, (uint64_t)(int64_t)nMaxLen);
  write_text(r, pszName, nMaxLen);
  return r->returnValue != 0;
}

EXPORT int SteamAPI_ISteamNetworkingSockets_SendMessageToConnection(void *self, uint32_t hConn, const void *pData, uint32_t cbData, int nSendFlags,
                                                                    int64_t *pOutMessageNumber) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hConn);
  arg_bytes(r, 2, pData, (int)cbData);
  arg_value(r, 3, cbData);
  arg_value(r, 4, (uint64_t)(int64_t)nSendFlags);
  arg_pointer(r, 5, pOutMessageNumber);
  if (pOutMessageNumber != NULL) *pOutMessageNumber = (int64_t)r->outValues[0];
  return (int)r->returnValue;
}

EXPORT void SteamAPI_ISteamNetworkingSockets_SendMessages(void *self, int nMessages, FakeNetworkingMessage *const *pMessages,
                                                          int64_t *pOutMessageNumberOrResult) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)nMessages);
  arg_pointer(r, 2, pMessages);
  arg_pointer(r, 3, pOutMessageNumberOrResult);
  for (int i = 0; pMessages != NULL && i < nMessages; i++) {
    FakeNetworkingMessage *message = pMessages[i];
    if (message == NULL) continue;
    SentSocketsMessage *sent = calloc(1, sizeof *sent);
    sent->conn = message->m_conn;
    sent->flags = message->m_nFlags;
    sent->lane = message->m_idxLane;
    sent->userData = message->m_nUserData;
    sent->size = message->m_cbSize;
    sent->data = malloc(message->m_cbSize > 0 ? (size_t)message->m_cbSize : 1);
    if (message->m_cbSize > 0 && message->m_pData != NULL) memcpy(sent->data, message->m_pData, (size_t)message->m_cbSize);
    SentSocketsMessage **at = &sentSockets;
    while (*at != NULL) at = &(*at)->next;
    *at = sent;
    sentSocketsCount++;
    if (pOutMessageNumberOrResult != NULL) pOutMessageNumberOrResult[i] = r->hasReturn ? -(int64_t)r->returnValue : (int64_t)(i + 1);
    /* Steam owns the messages now and releases them, sent or not. */
    if (message->m_pfnRelease != NULL) message->m_pfnRelease(message);
  }
}

EXPORT int SteamAPI_ISteamNetworkingSockets_FlushMessagesOnConnection(void *self, uint32_t hConn) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hConn);
  return (int)r->returnValue;
}

/* Hands out up to nMaxMessages queued messages of the caller's session for `target`, in order; a scripted return value is answered instead. */
static int sockets_receive(Record *r, void *self, int onPollGroup, uint32_t target, FakeNetworkingMessage **ppOutMessages, int nMaxMessages) {
  int server = self == (void *)gameServerNetworkingSocketsInterface;
  int count = 0;
  SocketsInboxEntry **at = &socketsInbox;
  while (*at != NULL && ppOutMessages != NULL && count < nMaxMessages) {
    SocketsInboxEntry *entry = *at;
    if (entry->server == server && entry->onPollGroup == onPollGroup && entry->target == target) {
      ppOutMessages[count++] = entry->message;
      *at = entry->next;
      free(entry);
    } else {
      at = &entry->next;
    }
  }
  return r->hasReturn ? (int)r->returnValue : count;
}

EXPORT int SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnConnection(void *self, uint32_t hConn, FakeNetworkingMessage **ppOutMessages,
                                                                        int nMaxMessages) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hConn);
  arg_pointer(r, 2, ppOutMessages);
  arg_value(r, 3, (uint64_t)(int64_t)nMaxMessages);
  return sockets_receive(r, self, 0, hConn, ppOutMessages, nMaxMessages);
}

EXPORT int SteamAPI_ISteamNetworkingSockets_ReceiveMessagesOnPollGroup(void *self, uint32_t hPollGroup, FakeNetworkingMessage **ppOutMessages,
                                                                       int nMaxMessages) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hPollGroup);
  arg_pointer(r, 2, ppOutMessages);
  arg_value(r, 3, (uint64_t)(int64_t)nMaxMessages);
  return sockets_receive(r, self, 1, hPollGroup, ppOutMessages, nMaxMessages);
}

EXPORT bool SteamAPI_ISteamNetworkingSockets_GetConnectionInfo(void *self, uint32_t hConn, void *pInfo) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hConn);
  arg_pointer(r, 2, pInfo);
  if (r->returnValue != 0) copy_output(r, pInfo, r->outputLength);
  return r->returnValue != 0;
}

/* The output holds the status (its first bytes) then the lanes; each part is copied into its buffer. */
EXPORT int SteamAPI_ISteamNetworkingSockets_GetConnectionRealTimeStatus(void *self, uint32_t hConn, void *pStatus, int nLanes, void *pLanes) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hConn);
  arg_pointer(r, 2, pStatus);
  arg_value(r, 3, (uint64_t)(int64_t)nLanes);
  arg_pointer(r, 4, pLanes);
  int statusBytes = (int)r->outValues[0];
  if ((int)r->returnValue == 1 && r->output != NULL) {
    int head = statusBytes < r->outputLength ? statusBytes : r->outputLength;
    if (pStatus != NULL) memcpy(pStatus, r->output, (size_t)head);
    if (pLanes != NULL && nLanes > 0 && r->outputLength > head) memcpy(pLanes, r->output + head, (size_t)(r->outputLength - head));
  }
  return (int)r->returnValue;
}

/* Valve's contract: -1 bad handle (scripted return -1 or no output), 0 written, > 0 the size needed (text truncated). */
EXPORT int SteamAPI_ISteamNetworkingSockets_GetDetailedConnectionStatus(void *self, uint32_t hConn, char *pszBuf, int cbBuf) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hConn);
  arg_pointer(r, 2, pszBuf);
  arg_value(r, 3, (uint64_t)(int64_t)cbBuf);
  if ((r->hasReturn && (int)r->returnValue == -1) || r->output == NULL) return -1;
  int needed = r->outputLength + 1;
  write_text(r, pszBuf, cbBuf);
  return cbBuf >= needed && pszBuf != NULL ? 0 : needed;
}

EXPORT bool SteamAPI_ISteamNetworkingSockets_GetListenSocketAddress(void *self, uint32_t hSocket, void *address) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hSocket);
  arg_pointer(r, 2, address);
  if (r->returnValue != 0) copy_output(r, address, NETWORKING_IP_ADDRESS_BYTES);
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamNetworkingSockets_CreateSocketPair(void *self, uint32_t *pOutConnection1, uint32_t *pOutConnection2, bool bUseNetworkLoopback,
                                                             const void *pIdentity1, const void *pIdentity2) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, pOutConnection1);
  arg_pointer(r, 2, pOutConnection2);
  arg_value(r, 3, bUseNetworkLoopback);
  arg_identity(r, 4, pIdentity1);
  arg_identity(r, 5, pIdentity2);
  if (pOutConnection1 != NULL) *pOutConnection1 = (uint32_t)r->outValues[0];
  if (pOutConnection2 != NULL) *pOutConnection2 = (uint32_t)r->outValues[1];
  return r->returnValue != 0;
}

EXPORT int SteamAPI_ISteamNetworkingSockets_ConfigureConnectionLanes(void *self, uint32_t hConn, int nNumLanes, const int *pLanePriorities,
                                                                     const uint16_t *pLaneWeights) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hConn);
  arg_value(r, 2, (uint64_t)(int64_t)nNumLanes);
  arg_bytes(r, 3, pLanePriorities, nNumLanes > 0 ? nNumLanes * (int)sizeof(int) : 0);
  arg_bytes(r, 4, pLaneWeights, nNumLanes > 0 ? nNumLanes * (int)sizeof(uint16_t) : 0);
  return (int)r->returnValue;
}

EXPORT bool SteamAPI_ISteamNetworkingSockets_GetIdentity(void *self, void *pIdentity) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, pIdentity);
  if (r->returnValue != 0) copy_output(r, pIdentity, NETWORKING_IDENTITY_BYTES);
  return r->returnValue != 0;
}

EXPORT int SteamAPI_ISteamNetworkingSockets_InitAuthentication(void *self) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  return (int)r->returnValue;
}

/* pDetails (SteamNetAuthenticationStatus_t, 260 bytes) gets the scripted output. */
EXPORT int SteamAPI_ISteamNetworkingSockets_GetAuthenticationStatus(void *self, void *pDetails) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, pDetails);
  copy_output(r, pDetails, 260);
  return (int)r->returnValue;
}

EXPORT uint32_t SteamAPI_ISteamNetworkingSockets_CreatePollGroup(void *self) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  return (uint32_t)r->returnValue;
}

EXPORT bool SteamAPI_ISteamNetworkingSockets_DestroyPollGroup(void *self, uint32_t hPollGroup) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hPollGroup);
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamNetworkingSockets_SetConnectionPollGroup(void *self, uint32_t hConn, uint32_t hPollGroup) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hConn);
  arg_value(r, 2, hPollGroup);
  return r->returnValue != 0;
}

/* ---- declared by the generated slice but out of the SDK's scope (FakeIP, relays, hosted servers,
   certificates): exported so the slice binds, each recording its call and answering its scripted value. */

EXPORT bool SteamAPI_ISteamNetworkingSockets_ReceivedRelayAuthTicket(void *self, const void *pvTicket, int cbTicket, void *pOutParsedTicket) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 2, (uint64_t)(int64_t)cbTicket);
  (void)pvTicket;
  (void)pOutParsedTicket;
  return r->returnValue != 0;
}
EXPORT int SteamAPI_ISteamNetworkingSockets_FindRelayAuthTicketForServer(void *self, const void *identityGameServer, int nRemoteVirtualPort,
                                                                         void *pOutParsedTicket) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  (void)identityGameServer;
  (void)nRemoteVirtualPort;
  (void)pOutParsedTicket;
  return (int)r->returnValue;
}
EXPORT uint32_t SteamAPI_ISteamNetworkingSockets_ConnectToHostedDedicatedServer(void *self, const void *identityTarget, int nRemoteVirtualPort,
                                                                                 int nOptions, const void *pOptions) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  (void)identityTarget;
  (void)nRemoteVirtualPort;
  (void)nOptions;
  (void)pOptions;
  return (uint32_t)r->returnValue;
}
EXPORT uint16_t SteamAPI_ISteamNetworkingSockets_GetHostedDedicatedServerPort(void *self) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  return (uint16_t)r->returnValue;
}
EXPORT uint32_t SteamAPI_ISteamNetworkingSockets_GetHostedDedicatedServerPOPID(void *self) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  return (uint32_t)r->returnValue;
}
EXPORT int SteamAPI_ISteamNetworkingSockets_GetHostedDedicatedServerAddress(void *self, void *pRouting) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  (void)pRouting;
  return (int)r->returnValue;
}
EXPORT uint32_t SteamAPI_ISteamNetworkingSockets_CreateHostedDedicatedServerListenSocket(void *self, int nLocalVirtualPort, int nOptions,
                                                                                        const void *pOptions) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  (void)nLocalVirtualPort;
  (void)nOptions;
  (void)pOptions;
  return (uint32_t)r->returnValue;
}
EXPORT int SteamAPI_ISteamNetworkingSockets_GetGameCoordinatorServerLogin(void *self, void *pLoginInfo, int *pcbSignedBlob, void *pBlob) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  (void)pLoginInfo;
  (void)pcbSignedBlob;
  (void)pBlob;
  return (int)r->returnValue;
}
EXPORT bool SteamAPI_ISteamNetworkingSockets_GetCertificateRequest(void *self, int *pcbBlob, void *pBlob, void *errMsg) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  (void)pcbBlob;
  (void)pBlob;
  (void)errMsg;
  return r->returnValue != 0;
}
EXPORT bool SteamAPI_ISteamNetworkingSockets_SetCertificate(void *self, const void *pCertificate, int cbCertificate, void *errMsg) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  (void)pCertificate;
  (void)cbCertificate;
  (void)errMsg;
  return r->returnValue != 0;
}
EXPORT void SteamAPI_ISteamNetworkingSockets_ResetIdentity(void *self, const void *pIdentity) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  (void)pIdentity;
}
VOID_METHOD(SteamAPI_ISteamNetworkingSockets_RunCallbacks)
EXPORT bool SteamAPI_ISteamNetworkingSockets_BeginAsyncRequestFakeIP(void *self, int nNumPorts) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)nNumPorts);
  return r->returnValue != 0;
}
EXPORT void SteamAPI_ISteamNetworkingSockets_GetFakeIP(void *self, int idxFirstPort, void *pInfo) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  (void)idxFirstPort;
  (void)pInfo;
}
EXPORT uint32_t SteamAPI_ISteamNetworkingSockets_CreateListenSocketP2PFakeIP(void *self, int idxFakePort, int nOptions, const void *pOptions) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  (void)idxFakePort;
  (void)nOptions;
  (void)pOptions;
  return (uint32_t)r->returnValue;
}
EXPORT int SteamAPI_ISteamNetworkingSockets_GetRemoteFakeIPForConnection(void *self, uint32_t hConn, void *pOutAddr) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hConn);
  (void)pOutAddr;
  return (int)r->returnValue;
}
EXPORT void *SteamAPI_ISteamNetworkingSockets_CreateFakeUDPPort(void *self, int idxFakeServerPort) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  (void)idxFakeServerPort;
  return NULL;
}
VOID_METHOD(SteamAPI_ISteamNetworkingFakeUDPPort_DestroyFakeUDPPort)
EXPORT int SteamAPI_ISteamNetworkingFakeUDPPort_SendMessageToFakeIP(void *self, const void *remoteAddress, const void *pData, uint32_t cbData,
                                                                   int nSendFlags) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  (void)remoteAddress;
  (void)pData;
  (void)cbData;
  (void)nSendFlags;
  return (int)r->returnValue;
}
EXPORT int SteamAPI_ISteamNetworkingFakeUDPPort_ReceiveMessages(void *self, void **ppOutMessages, int nMaxMessages) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  (void)ppOutMessages;
  (void)nMaxMessages;
  return 0;
}
EXPORT void SteamAPI_ISteamNetworkingFakeUDPPort_ScheduleCleanup(void *self, const void *remoteAddress) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  (void)remoteAddress;
}
EXPORT void SteamAPI_SteamDatagramHostedAddress_Clear(void *self) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
}
EXPORT uint32_t SteamAPI_SteamDatagramHostedAddress_GetPopID(void *self) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  return (uint32_t)r->returnValue;
}
EXPORT void SteamAPI_SteamDatagramHostedAddress_SetDevAddress(void *self, uint32_t nIP, uint16_t nPort, uint32_t popid) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, nIP);
  arg_value(r, 2, nPort);
  arg_value(r, 3, popid);
}
