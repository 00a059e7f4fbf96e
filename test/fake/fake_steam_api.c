/*
 * A fake libsteam_api for FFI tests: exports every flat function the SDK binds (same names and C
 * signatures as Valve's 1.60 library), with behaviour scripted through FakeSteam_* control
 * functions. The test driver (fake-steam.ts) loads this same file, so both share one state.
 *
 * What it models:
 * - init results and messages for client (SteamAPI_InitFlat) and server (SteamInternal_GameServer_Init_V2);
 * - every call is recorded: a per-function call counter, a global call sequence number, and the
 *   arguments of the last call (integers, pointers, C strings, and the bytes of input buffers);
 * - scripted results per function: a return value, an output byte string copied into the caller's
 *   buffer, and out-parameter values;
 * - Valve's ManualDispatch order: SteamAPI_ManualDispatch_Init before any init, or RunFrame /
 *   GetNextCallback before ManualDispatch_Init, counts as a protocol error (the real library
 *   prints "[S_API FAIL] ... must init library first" and ignores the call);
 * - callback queues per pipe delivered through ManualDispatch with CallbackMsg_t in the real
 *   layout, call results as SteamAPICallCompleted_t (703) plus GetAPICallResult; FreeLastCallback
 *   poisons the payload (0xCD) and parks it (never reused until reset), so a test can prove the SDK
 *   copied the bytes before freeing. Protocol misuse (GetNextCallback twice without a free, a free
 *   with nothing outstanding) is counted.
 * - scripted response delays, so latency can be measured for real: a message can be queued to
 *   become visible to GetNextCallback only N ms (monotonic clock) after it was queued (until then
 *   later messages pass it, as if it were still on the wire), and GetAuthSessionTicket can be
 *   made to post its own GetAuthSessionTicketResponse_t N ms after the call.
 *
 * An interface slice's fake functions live in test/fake/interfaces/<slice>.c, compiled in the same
 * unit after this file (build.js), so they use the helpers below; state of their own is cleared
 * by an ON_RESET(function) block.
 *
 * Argument indexes are C parameter positions: for interface methods, index 0 is `self`.
 * Not thread-safe: the SDK calls Steam from one thread.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define EXPORT __attribute__((visibility("default")))

/* ---- Valve's layouts -------------------------------------------------------------------- */

#if defined(_WIN32)
#pragma pack(push, 8)
#else
#pragma pack(push, 4)
#endif
typedef struct {
  int32_t m_hSteamUser;
  int32_t m_iCallback;
  uint8_t *m_pubParam;
  int32_t m_cubParam;
} CallbackMsg_t;
typedef struct {
  uint64_t m_hAsyncCall;
  int32_t m_iCallback;
  uint32_t m_cubParam;
} SteamAPICallCompleted_t;
#pragma pack(pop)

#pragma pack(push, 1)
typedef struct {
  uint8_t m_rgubIPv6[16];
  int32_t m_eType;
} SteamIPAddress_t;
#pragma pack(pop)

#if !defined(_WIN32)
_Static_assert(sizeof(CallbackMsg_t) == 20, "CallbackMsg_t is 20 bytes under pack(4)");
#endif
_Static_assert(sizeof(SteamAPICallCompleted_t) == 16, "SteamAPICallCompleted_t is 16 bytes");
_Static_assert(sizeof(SteamIPAddress_t) == 20, "SteamIPAddress_t is 20 bytes under pack(1)");

#define STEAM_ERR_MSG_BYTES 1024
#define NETWORKING_IDENTITY_BYTES 136
#define API_CALL_COMPLETED 703
#define MAX_ARGS 12
#define MAX_OUT_VALUES 4
#define MAX_RECORDS 2048
#define MAX_LIST_BYTES 4096

/* ---- call records ----------------------------------------------------------------------- */

typedef struct {
  uint64_t value;
  int isNull;
  char *text;
  uint8_t *bytes;
  int byteLength;
} Arg;

typedef struct {
  char name[96];
  int calls;
  uint64_t sequence;
  int hasReturn;
  uint64_t returnValue;
  uint8_t *output;
  int outputLength;
  uint64_t outValues[MAX_OUT_VALUES];
  Arg args[MAX_ARGS];
} Record;

/* Reset hooks of the interface files: registered before main by ON_RESET, run by FakeSteam_Reset. */
#define MAX_RESET_HOOKS 32
static void (*resetHooks[MAX_RESET_HOOKS])(void);
static int resetHookCount;
static void register_reset_hook(void (*hook)(void)) {
  if (resetHookCount == MAX_RESET_HOOKS) abort();
  resetHooks[resetHookCount++] = hook;
}
#define ON_RESET(name)                                                                            \
  static void name(void);                                                                        \
  __attribute__((constructor)) static void name##_register(void) { register_reset_hook(name); } \
  static void name(void)

/* Floats and doubles travel through the uint64 script and argument slots as their bits (the low
   32 bits for a float): the interface files share these. */
static float float_from_bits(uint64_t bits) {
  uint32_t low = (uint32_t)bits;
  float value;
  memcpy(&value, &low, sizeof value);
  return value;
}

static double double_from_bits(uint64_t bits) {
  double value;
  memcpy(&value, &bits, sizeof value);
  return value;
}

static uint64_t bits_of_float(float value) {
  uint32_t bits;
  memcpy(&bits, &value, sizeof bits);
  return bits;
}

static uint64_t bits_of_double(double value) {
  uint64_t bits;
  memcpy(&bits, &value, sizeof bits);
  return bits;
}

static Record records[MAX_RECORDS];
static int recordCount;
static uint64_t callSequence;

static void clear_arg(Arg *arg) {
  free(arg->text);
  free(arg->bytes);
  memset(arg, 0, sizeof *arg);
}

static Record *find_record(const char *name) {
  for (int i = 0; i < recordCount; i++)
    if (strcmp(records[i].name, name) == 0) return &records[i];
  if (recordCount == MAX_RECORDS) abort();
  Record *r = &records[recordCount++];
  memset(r, 0, sizeof *r);
  strncpy(r->name, name, sizeof r->name - 1);
  return r;
}

static Record *enter(const char *name) {
  Record *r = find_record(name);
  r->calls++;
  r->sequence = ++callSequence;
  for (int i = 0; i < MAX_ARGS; i++) clear_arg(&r->args[i]);
  return r;
}

static void arg_value(Record *r, int index, uint64_t value) { r->args[index].value = value; }

static void arg_pointer(Record *r, int index, const void *pointer) {
  r->args[index].value = (uint64_t)(uintptr_t)pointer;
  r->args[index].isNull = pointer == NULL;
}

static void arg_string(Record *r, int index, const char *text) {
  arg_pointer(r, index, text);
  if (text != NULL) {
    r->args[index].text = strdup(text);
  }
}

static void arg_bytes(Record *r, int index, const void *bytes, int length) {
  arg_pointer(r, index, bytes);
  if (bytes == NULL || length < 0) return;
  r->args[index].bytes = malloc(length > 0 ? (size_t)length : 1);
  memcpy(r->args[index].bytes, bytes, (size_t)length);
  r->args[index].byteLength = length;
}

/* A SteamNetworkingIdentity argument: its bytes as the caller passed them. */
static void arg_identity(Record *r, int index, const void *identity) { arg_bytes(r, index, identity, NETWORKING_IDENTITY_BYTES); }

/* The many flat methods that only take a value or a string: record the call and the argument. */
#define VOID_METHOD(name) \
  EXPORT void name(void *self) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
  }
#define STRING_SETTER(name, parameter) \
  EXPORT void name(void *self, const char *parameter) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_string(r, 1, parameter); \
  }
/* A no-argument query answering its scripted return value (a C cast: any nonzero value is true for bool). */
#define SCRIPTED_QUERY(type, name) \
  EXPORT type name(void *self) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    return (type)r->returnValue; \
  }
/* Signed values are widened through int64_t so a negative int is recorded as its 64-bit pattern. */
#define VALUE_SETTER(name, type, parameter) \
  EXPORT void name(void *self, type parameter) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_value(r, 1, (uint64_t)(int64_t)parameter); \
  }
/* One Steam ID in, the scripted value out. */
#define STEAM_ID_QUERY(type, name) \
  EXPORT type name(void *self, uint64_t steamID) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_value(r, 1, steamID); \
    return (type)r->returnValue; \
  }
/* A string in, the scripted value out (a C cast: any nonzero value is true for bool). */
#define STRING_QUERY(type, name) \
  EXPORT type name(void *self, const char *text) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_string(r, 1, text); \
    return (type)r->returnValue; \
  }
/* A Steam ID and a name in, one out-parameter: the scripted out value 0 passed through `convert`
   (AS_IS, float_from_bits, double_from_bits) is written even on false, as a careless library might. */
#define AS_IS(value) (value)
#define STEAM_ID_NAMED_OUT(name, type, convert) \
  EXPORT bool name(void *self, uint64_t steamIDUser, const char *pchName, type *pData) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_value(r, 1, steamIDUser); \
    arg_string(r, 2, pchName); \
    arg_pointer(r, 3, pData); \
    if (pData != NULL) *pData = (type)convert(r->outValues[0]); \
    return r->returnValue != 0; \
  }

/* ---- session state ---------------------------------------------------------------------- */

static int clientInitResult;
static char clientInitMessage[STEAM_ERR_MSG_BYTES];
static int serverInitResult;
static char serverInitMessage[STEAM_ERR_MSG_BYTES];
static int clientLive;
static int serverLive;
static int clientPipe = 1;
static int serverPipe = 2;
static int clientUser = 1;
static int serverUser = 2;

/* Distinct objects, so each interface has its own address and `self` can be checked. */
static char userInterface[16], gameServerInterface[16], utilsInterface[16], gameServerUtilsInterface[16], appsInterface[16];

/* ---- callback queues -------------------------------------------------------------------- */

typedef struct Message {
  int pipe;
  int callbackId;
  uint8_t *payload;
  int allocated;
  int reportedSize;
  int nullPayload;
  /* CLOCK_MONOTONIC nanoseconds from which GetNextCallback may hand it out (0: at once). */
  uint64_t visibleAtNs;
  struct Message *next;
} Message;

typedef struct CallResult {
  uint64_t apiCall;
  int callbackId;
  uint8_t *payload;
  int size;
  int ioFailure;
  struct CallResult *next;
} CallResult;

static Message *queueHead;
static Message *outstandingClient;
static Message *outstandingServer;
static Message *outstandingOther;
static Message *graveyard;
static CallResult *callResults;
static int protocolErrors;
/* Valve refuses ManualDispatch_Init before an init, and RunFrame / GetNextCallback before it. */
static int manualDispatchReady;

/* GetAuthSessionTicket posts its response this many ms after the call; -1: it posts nothing. */
static int ticketResponseDelayMs = -1;

static uint64_t monotonic_ns(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
}

static uint64_t visible_after(int delayMs) { return delayMs > 0 ? monotonic_ns() + (uint64_t)delayMs * 1000000u : 0; }

static Message **outstanding_for(int pipe) {
  if (pipe == clientPipe) return &outstandingClient;
  if (pipe == serverPipe) return &outstandingServer;
  return &outstandingOther;
}

static void append_message(Message *message) {
  Message **at = &queueHead;
  while (*at != NULL) at = &(*at)->next;
  message->next = NULL;
  *at = message;
}

static Message *new_message(int pipe, int callbackId, const void *payload, int allocated, int reportedSize, int nullPayload) {
  Message *message = calloc(1, sizeof *message);
  message->pipe = pipe;
  message->callbackId = callbackId;
  message->allocated = allocated > 0 ? allocated : 0;
  message->payload = malloc(message->allocated > 0 ? (size_t)message->allocated : 1);
  if (payload != NULL && message->allocated > 0) memcpy(message->payload, payload, (size_t)message->allocated);
  message->reportedSize = reportedSize;
  message->nullPayload = nullPayload;
  return message;
}

static void free_message_list(Message *message) {
  while (message != NULL) {
    Message *next = message->next;
    free(message->payload);
    free(message);
    message = next;
  }
}

/* Copies `output` into a caller buffer; returns 1 when it fitted. */
static int copy_output(const Record *r, void *destination, int capacity) {
  if (r->output == NULL || destination == NULL || capacity < r->outputLength) return 0;
  memcpy(destination, r->output, (size_t)r->outputLength);
  return 1;
}

/* ---- control API ------------------------------------------------------------------------ */

EXPORT void FakeSteam_Reset(void) {
  for (int i = 0; i < recordCount; i++) {
    for (int a = 0; a < MAX_ARGS; a++) clear_arg(&records[i].args[a]);
    free(records[i].output);
  }
  memset(records, 0, sizeof records);
  recordCount = 0;
  callSequence = 0;
  clientInitResult = 0;
  serverInitResult = 0;
  clientInitMessage[0] = 0;
  serverInitMessage[0] = 0;
  clientLive = 0;
  serverLive = 0;
  clientPipe = 1;
  serverPipe = 2;
  free_message_list(queueHead);
  queueHead = NULL;
  free_message_list(outstandingClient);
  free_message_list(outstandingServer);
  free_message_list(outstandingOther);
  outstandingClient = outstandingServer = outstandingOther = NULL;
  free_message_list(graveyard);
  graveyard = NULL;
  while (callResults != NULL) {
    CallResult *next = callResults->next;
    free(callResults->payload);
    free(callResults);
    callResults = next;
  }
  protocolErrors = 0;
  manualDispatchReady = 0;
  ticketResponseDelayMs = -1;
  for (int i = 0; i < resetHookCount; i++) resetHooks[i]();
}

EXPORT void FakeSteam_SetClientInit(int result, const char *message) {
  clientInitResult = result;
  strncpy(clientInitMessage, message != NULL ? message : "", STEAM_ERR_MSG_BYTES - 1);
}

EXPORT void FakeSteam_SetServerInit(int result, const char *message) {
  serverInitResult = result;
  strncpy(serverInitMessage, message != NULL ? message : "", STEAM_ERR_MSG_BYTES - 1);
}

EXPORT void FakeSteam_SetPipes(int client, int server) {
  clientPipe = client;
  serverPipe = server;
}

EXPORT void FakeSteam_SetReturn(const char *function, uint64_t value) {
  Record *r = find_record(function);
  r->hasReturn = 1;
  r->returnValue = value;
}

EXPORT void FakeSteam_SetOutput(const char *function, const void *bytes, int length) {
  Record *r = find_record(function);
  free(r->output);
  r->output = malloc(length > 0 ? (size_t)length : 1);
  if (length > 0) memcpy(r->output, bytes, (size_t)length);
  r->outputLength = length > 0 ? length : 0;
}

EXPORT void FakeSteam_SetOutValue(const char *function, int index, uint64_t value) {
  if (index >= 0 && index < MAX_OUT_VALUES) find_record(function)->outValues[index] = value;
}

EXPORT int FakeSteam_CallCount(const char *function) { return find_record(function)->calls; }
EXPORT uint64_t FakeSteam_CallSequence(const char *function) { return find_record(function)->sequence; }

EXPORT uint64_t FakeSteam_Arg(const char *function, int index) {
  return index >= 0 && index < MAX_ARGS ? find_record(function)->args[index].value : 0;
}

EXPORT int FakeSteam_ArgIsNull(const char *function, int index) {
  return index >= 0 && index < MAX_ARGS ? find_record(function)->args[index].isNull : 1;
}

EXPORT const char *FakeSteam_ArgString(const char *function, int index) {
  return index >= 0 && index < MAX_ARGS ? find_record(function)->args[index].text : NULL;
}

/* Copies the recorded bytes of an argument; returns their length, or -1 when none were recorded. */
EXPORT int FakeSteam_ArgBytes(const char *function, int index, void *out, int capacity) {
  if (index < 0 || index >= MAX_ARGS) return -1;
  const Arg *arg = &find_record(function)->args[index];
  if (arg->bytes == NULL) return -1;
  if (out != NULL) memcpy(out, arg->bytes, (size_t)(arg->byteLength < capacity ? arg->byteLength : capacity));
  return arg->byteLength;
}

/* 0 ISteamUser, 1 ISteamGameServer, 2 ISteamUtils, 3 game-server ISteamUtils, 4 ISteamApps. */
EXPORT uint64_t FakeSteam_InterfacePointer(int which) {
  switch (which) {
    case 0: return (uint64_t)(uintptr_t)userInterface;
    case 1: return (uint64_t)(uintptr_t)gameServerInterface;
    case 2: return (uint64_t)(uintptr_t)utilsInterface;
    case 3: return (uint64_t)(uintptr_t)gameServerUtilsInterface;
    case 4: return (uint64_t)(uintptr_t)appsInterface;
    default: return 0;
  }
}

EXPORT int FakeSteam_ClientLive(void) { return clientLive; }
EXPORT int FakeSteam_ServerLive(void) { return serverLive; }

EXPORT void FakeSteam_QueueCallback(int pipe, int callbackId, const void *payload, int size) {
  append_message(new_message(pipe, callbackId, payload, size, size, 0));
}

/* A callback visible to GetNextCallback only `delayMs` (monotonic) after now. */
EXPORT void FakeSteam_QueueCallbackAfter(int pipe, int callbackId, const void *payload, int size, int delayMs) {
  Message *message = new_message(pipe, callbackId, payload, size, size, 0);
  message->visibleAtNs = visible_after(delayMs);
  append_message(message);
}

/* From now on, every GetAuthSessionTicket that issues a ticket posts GetAuthSessionTicketResponse_t
   (that handle, k_EResultOK) on its pipe, visible `delayMs` after the call; -1 turns this off. */
EXPORT void FakeSteam_SetTicketResponseDelay(int delayMs) { ticketResponseDelayMs = delayMs; }

/* A message whose CallbackMsg_t lies: `reportedSize` need not match the `allocated` bytes, and the
   payload pointer can be NULL. A reader that trusts an absurd size would read out of bounds. */
EXPORT void FakeSteam_QueueRawCallback(int pipe, int callbackId, const void *payload, int allocated, int reportedSize, int nullPayload) {
  append_message(new_message(pipe, callbackId, payload, allocated, reportedSize, nullPayload));
}

/* Stores a result for GetAPICallResult (which writes its `size` bytes and nothing more, however
   large the caller's buffer) and posts SteamAPICallCompleted_t claiming `claimedSize` bytes. */
static void queue_call_result(int pipe, uint64_t apiCall, int callbackId, const void *payload, int size, uint32_t claimedSize, int ioFailure,
                              int delayMs) {
  CallResult *result = calloc(1, sizeof *result);
  result->apiCall = apiCall;
  result->callbackId = callbackId;
  result->size = size > 0 ? size : 0;
  result->payload = malloc(result->size > 0 ? (size_t)result->size : 1);
  if (payload != NULL && result->size > 0) memcpy(result->payload, payload, (size_t)result->size);
  result->ioFailure = ioFailure;
  result->next = callResults;
  callResults = result;
  SteamAPICallCompleted_t completed = {apiCall, callbackId, claimedSize};
  Message *message = new_message(pipe, API_CALL_COMPLETED, &completed, sizeof completed, sizeof completed, 0);
  message->visibleAtNs = visible_after(delayMs);
  append_message(message);
}

/* A finished SteamAPICall_t: stores its result for GetAPICallResult and posts SteamAPICallCompleted_t. */
EXPORT void FakeSteam_QueueCallResult(int pipe, uint64_t apiCall, int callbackId, const void *payload, int size, int ioFailure) {
  queue_call_result(pipe, apiCall, callbackId, payload, size, (uint32_t)(size > 0 ? size : 0), ioFailure, 0);
}

/* The same, its SteamAPICallCompleted_t visible to GetNextCallback only `delayMs` from now. */
EXPORT void FakeSteam_QueueCallResultAfter(int pipe, uint64_t apiCall, int callbackId, const void *payload, int size, int ioFailure, int delayMs) {
  queue_call_result(pipe, apiCall, callbackId, payload, size, (uint32_t)(size > 0 ? size : 0), ioFailure, delayMs);
}

/* The same, but m_cubParam claims `claimedSize` bytes while GetAPICallResult writes only `size`:
   a reader that trusts the claim gets whatever its buffer held before. */
EXPORT void FakeSteam_QueueCallResultClaiming(int pipe, uint64_t apiCall, int callbackId, const void *payload, int size, uint32_t claimedSize,
                                              int ioFailure) {
  queue_call_result(pipe, apiCall, callbackId, payload, size, claimedSize, ioFailure, 0);
}

/* Only the SteamAPICallCompleted_t, with any m_cubParam and no stored result. */
EXPORT void FakeSteam_QueueCallCompleted(int pipe, uint64_t apiCall, int callbackId, uint32_t reportedSize) {
  SteamAPICallCompleted_t completed = {apiCall, callbackId, reportedSize};
  append_message(new_message(pipe, API_CALL_COMPLETED, &completed, sizeof completed, sizeof completed, 0));
}

EXPORT int FakeSteam_PendingCallbacks(int pipe) {
  int count = 0;
  for (Message *m = queueHead; m != NULL; m = m->next)
    if (m->pipe == pipe) count++;
  return count;
}

EXPORT int FakeSteam_OutstandingCallbacks(void) {
  return (outstandingClient != NULL) + (outstandingServer != NULL) + (outstandingOther != NULL);
}

EXPORT int FakeSteam_ProtocolErrors(void) { return protocolErrors; }

EXPORT int FakeSteam_PendingCallResults(void) {
  int count = 0;
  for (CallResult *c = callResults; c != NULL; c = c->next) count++;
  return count;
}

/* The bytes of the most recently freed payload, as they are now (poisoned). */
EXPORT int FakeSteam_LastFreedPayload(void *out, int capacity) {
  if (graveyard == NULL) return -1;
  int length = graveyard->allocated < capacity ? graveyard->allocated : capacity;
  if (out != NULL && length > 0) memcpy(out, graveyard->payload, (size_t)length);
  return graveyard->allocated;
}

/* ---- bulk helpers for benchmarks (bench/) ----------------------------------------------- */

/* Queues `count` copies of one callback in O(count) (append_message walks the whole queue, which
   makes queueing hundreds of thousands of messages quadratic). */
EXPORT void FakeSteam_QueueCallbacks(int pipe, int callbackId, const void *payload, int size, int count) {
  Message **at = &queueHead;
  while (*at != NULL) at = &(*at)->next;
  for (int i = 0; i < count; i++) {
    Message *message = new_message(pipe, callbackId, payload, size, size, 0);
    *at = message;
    at = &message->next;
  }
}

/* Frees every parked (poisoned) payload except the most recent one, so a long benchmark measures
   the SDK's memory, not the fake's graveyard. Returns how many were freed. */
EXPORT int FakeSteam_DiscardFreedPayloads(void) {
  if (graveyard == NULL) return 0;
  int freed = 0;
  Message *rest = graveyard->next;
  graveyard->next = NULL;
  while (rest != NULL) {
    Message *next = rest->next;
    free(rest->payload);
    free(rest);
    rest = next;
    freed++;
  }
  return freed;
}

/* ---- core ------------------------------------------------------------------------------- */

static int init_result(int result, const char *message, void *errMsg) {
  if (result != 0 && errMsg != NULL) {
    memset(errMsg, 0, STEAM_ERR_MSG_BYTES);
    memcpy(errMsg, message, strnlen(message, STEAM_ERR_MSG_BYTES - 1));
  }
  return result;
}

EXPORT int SteamAPI_InitFlat(void *pOutErrMsg) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, pOutErrMsg);
  int result = init_result(clientInitResult, clientInitMessage, pOutErrMsg);
  if (result == 0) clientLive = 1;
  return result;
}

EXPORT int SteamInternal_SteamAPI_Init(const char *pszInternalCheckInterfaceVersions, void *pOutErrMsg) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, pszInternalCheckInterfaceVersions);
  arg_pointer(r, 1, pOutErrMsg);
  int result = init_result(clientInitResult, clientInitMessage, pOutErrMsg);
  if (result == 0) clientLive = 1;
  return result;
}

/* Length of a NUL-separated list ending in two NULs, final NUL included (capped). */
static int version_list_length(const char *list) {
  int at = 0;
  while (at < MAX_LIST_BYTES - 1) {
    if (list[at] == 0 && (at == 0 || list[at - 1] == 0)) return at + 1;
    at++;
  }
  return MAX_LIST_BYTES;
}

EXPORT int SteamInternal_GameServer_Init_V2(uint32_t unIP, uint16_t usGamePort, uint16_t usQueryPort, int eServerMode,
                                            const char *pchVersionString, const char *pszInternalCheckInterfaceVersions,
                                            void *pOutErrMsg) {
  Record *r = enter(__func__);
  arg_value(r, 0, unIP);
  arg_value(r, 1, usGamePort);
  arg_value(r, 2, usQueryPort);
  arg_value(r, 3, (uint64_t)(int64_t)eServerMode);
  arg_string(r, 4, pchVersionString);
  if (pszInternalCheckInterfaceVersions != NULL)
    arg_bytes(r, 5, pszInternalCheckInterfaceVersions, version_list_length(pszInternalCheckInterfaceVersions));
  else
    arg_pointer(r, 5, NULL);
  arg_pointer(r, 6, pOutErrMsg);
  int result = init_result(serverInitResult, serverInitMessage, pOutErrMsg);
  if (result == 0) serverLive = 1;
  return result;
}

EXPORT void SteamAPI_Shutdown(void) {
  enter(__func__);
  clientLive = 0;
}

EXPORT void SteamGameServer_Shutdown(void) {
  enter(__func__);
  serverLive = 0;
}

EXPORT int SteamAPI_GetHSteamPipe(void) {
  Record *r = enter(__func__);
  return r->hasReturn ? (int)r->returnValue : clientLive ? clientPipe : 0;
}

EXPORT int SteamGameServer_GetHSteamPipe(void) {
  Record *r = enter(__func__);
  return r->hasReturn ? (int)r->returnValue : serverLive ? serverPipe : 0;
}

EXPORT int SteamAPI_GetHSteamUser(void) {
  Record *r = enter(__func__);
  return r->hasReturn ? (int)r->returnValue : clientLive ? clientUser : 0;
}

EXPORT int SteamGameServer_GetHSteamUser(void) {
  Record *r = enter(__func__);
  return r->hasReturn ? (int)r->returnValue : serverLive ? serverUser : 0;
}

/* Accessors return their interface while the session is live (NULL otherwise), unless scripted. */
static void *accessor(const char *name, int live, void *interface) {
  Record *r = enter(name);
  if (r->hasReturn) return (void *)(uintptr_t)r->returnValue;
  return live ? interface : NULL;
}

EXPORT void *SteamAPI_SteamUser_v023(void) { return accessor(__func__, clientLive, userInterface); }
EXPORT void *SteamAPI_SteamUtils_v010(void) { return accessor(__func__, clientLive, utilsInterface); }
EXPORT void *SteamAPI_SteamGameServer_v015(void) { return accessor(__func__, serverLive, gameServerInterface); }
EXPORT void *SteamAPI_SteamGameServerUtils_v010(void) { return accessor(__func__, serverLive, gameServerUtilsInterface); }

/* ---- ManualDispatch --------------------------------------------------------------------- */

EXPORT void SteamAPI_ManualDispatch_Init(void) {
  enter(__func__);
  if (!clientLive && !serverLive) {
    protocolErrors++;
    return;
  }
  manualDispatchReady = 1;
}

EXPORT void SteamAPI_ManualDispatch_RunFrame(int hSteamPipe) {
  Record *r = enter(__func__);
  arg_value(r, 0, (uint64_t)(int64_t)hSteamPipe);
  if (!manualDispatchReady) protocolErrors++;
}

EXPORT bool SteamAPI_ManualDispatch_GetNextCallback(int hSteamPipe, CallbackMsg_t *pCallbackMsg) {
  Record *r = enter(__func__);
  arg_value(r, 0, (uint64_t)(int64_t)hSteamPipe);
  arg_pointer(r, 1, pCallbackMsg);
  if (!manualDispatchReady) {
    protocolErrors++;
    return false;
  }
  Message **outstanding = outstanding_for(hSteamPipe);
  if (*outstanding != NULL) protocolErrors++;
  Message **at = &queueHead;
  uint64_t now = 0;
  while (*at != NULL) {
    if ((*at)->pipe == hSteamPipe) {
      if ((*at)->visibleAtNs == 0) break;
      if (now == 0) now = monotonic_ns();
      if ((*at)->visibleAtNs <= now) break;
    }
    at = &(*at)->next;
  }
  if (*at == NULL) return false;
  Message *message = *at;
  *at = message->next;
  message->next = NULL;
  if (*outstanding != NULL) {
    (*outstanding)->next = graveyard;
    graveyard = *outstanding;
  }
  *outstanding = message;
  pCallbackMsg->m_hSteamUser = hSteamPipe == serverPipe ? serverUser : clientUser;
  pCallbackMsg->m_iCallback = message->callbackId;
  pCallbackMsg->m_pubParam = message->nullPayload ? NULL : message->payload;
  pCallbackMsg->m_cubParam = message->reportedSize;
  return true;
}

EXPORT void SteamAPI_ManualDispatch_FreeLastCallback(int hSteamPipe) {
  Record *r = enter(__func__);
  arg_value(r, 0, (uint64_t)(int64_t)hSteamPipe);
  Message **outstanding = outstanding_for(hSteamPipe);
  if (*outstanding == NULL) {
    protocolErrors++;
    return;
  }
  Message *message = *outstanding;
  *outstanding = NULL;
  /* Poison and park: the memory stays mapped (so a stale view reads 0xCD, not a crash). */
  memset(message->payload, 0xCD, message->allocated > 0 ? (size_t)message->allocated : 1);
  message->next = graveyard;
  graveyard = message;
}

static bool take_call_result(Record *r, uint64_t apiCall, void *pCallback, int cubCallback, int iCallbackExpected, bool *pbFailed) {
  CallResult **at = &callResults;
  while (*at != NULL && (*at)->apiCall != apiCall) at = &(*at)->next;
  if (*at == NULL || (*at)->callbackId != iCallbackExpected || cubCallback < (*at)->size || pCallback == NULL) {
    if (pbFailed != NULL) *pbFailed = true;
    return false;
  }
  CallResult *result = *at;
  *at = result->next;
  memcpy(pCallback, result->payload, (size_t)result->size);
  if (pbFailed != NULL) *pbFailed = result->ioFailure != 0;
  (void)r;
  free(result->payload);
  free(result);
  return true;
}

EXPORT bool SteamAPI_ManualDispatch_GetAPICallResult(int hSteamPipe, uint64_t hSteamAPICall, void *pCallback, int cubCallback,
                                                    int iCallbackExpected, bool *pbFailed) {
  Record *r = enter(__func__);
  arg_value(r, 0, (uint64_t)(int64_t)hSteamPipe);
  arg_value(r, 1, hSteamAPICall);
  arg_pointer(r, 2, pCallback);
  arg_value(r, 3, (uint64_t)(int64_t)cubCallback);
  arg_value(r, 4, (uint64_t)(int64_t)iCallbackExpected);
  arg_pointer(r, 5, pbFailed);
  return take_call_result(r, hSteamAPICall, pCallback, cubCallback, iCallbackExpected, pbFailed);
}

/* ---- ISteamUser / ISteamGameServer with buffers ---------------------------------------- */

EXPORT int SteamAPI_ISteamUser_InitiateGameConnection_DEPRECATED(void *self, void *pAuthBlob, int cbMaxAuthBlob, uint64_t steamIDGameServer,
                                                                 uint32_t unIPServer, uint16_t usPortServer, bool bSecure) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, pAuthBlob);
  arg_value(r, 2, (uint64_t)(int64_t)cbMaxAuthBlob);
  arg_value(r, 3, steamIDGameServer);
  arg_value(r, 4, unIPServer);
  arg_value(r, 5, usPortServer);
  arg_value(r, 6, bSecure);
  return copy_output(r, pAuthBlob, cbMaxAuthBlob) ? r->outputLength : 0;
}

/* The output is the folder path; it is written with its NUL. */
EXPORT bool SteamAPI_ISteamUser_GetUserDataFolder(void *self, char *pchBuffer, int cubBuffer) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, pchBuffer);
  arg_value(r, 2, (uint64_t)(int64_t)cubBuffer);
  if (r->output == NULL || pchBuffer == NULL || cubBuffer < r->outputLength + 1) return false;
  memcpy(pchBuffer, r->output, (size_t)r->outputLength);
  pchBuffer[r->outputLength] = 0;
  return true;
}

/* outValues[0] is *pcbCompressed. */
EXPORT int SteamAPI_ISteamUser_GetAvailableVoice(void *self, uint32_t *pcbCompressed, uint32_t *pcbUncompressed_Deprecated,
                                                 uint32_t nUncompressedVoiceDesiredSampleRate_Deprecated) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, pcbCompressed);
  arg_pointer(r, 2, pcbUncompressed_Deprecated);
  arg_value(r, 3, nUncompressedVoiceDesiredSampleRate_Deprecated);
  if (pcbCompressed != NULL) *pcbCompressed = (uint32_t)r->outValues[0];
  return (int)r->returnValue;
}

/* Voice reads: the output when it fits (returns the scripted result), else BufferTooSmall (4) with
   the size needed in *nBytesWritten. */
static int voice_output(Record *r, void *destination, uint32_t capacity, uint32_t *written) {
  if (r->output != NULL && (uint32_t)r->outputLength > capacity) {
    if (written != NULL) *written = (uint32_t)r->outputLength;
    return 4;
  }
  if (r->output != NULL && destination != NULL) memcpy(destination, r->output, (size_t)r->outputLength);
  if (written != NULL) *written = r->output != NULL ? (uint32_t)r->outputLength : 0;
  return (int)r->returnValue;
}

EXPORT int SteamAPI_ISteamUser_GetVoice(void *self, bool bWantCompressed, void *pDestBuffer, uint32_t cbDestBufferSize, uint32_t *nBytesWritten,
                                        bool bWantUncompressed_Deprecated, void *pUncompressedDestBuffer_Deprecated,
                                        uint32_t cbUncompressedDestBufferSize_Deprecated, uint32_t *nUncompressBytesWritten_Deprecated,
                                        uint32_t nUncompressedVoiceDesiredSampleRate_Deprecated) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, bWantCompressed);
  arg_pointer(r, 2, pDestBuffer);
  arg_value(r, 3, cbDestBufferSize);
  arg_pointer(r, 4, nBytesWritten);
  arg_value(r, 5, bWantUncompressed_Deprecated);
  arg_pointer(r, 6, pUncompressedDestBuffer_Deprecated);
  arg_value(r, 7, cbUncompressedDestBufferSize_Deprecated);
  arg_pointer(r, 8, nUncompressBytesWritten_Deprecated);
  arg_value(r, 9, nUncompressedVoiceDesiredSampleRate_Deprecated);
  return voice_output(r, pDestBuffer, cbDestBufferSize, nBytesWritten);
}

EXPORT int SteamAPI_ISteamUser_DecompressVoice(void *self, const void *pCompressed, uint32_t cbCompressed, void *pDestBuffer,
                                               uint32_t cbDestBufferSize, uint32_t *nBytesWritten, uint32_t nDesiredSampleRate) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_bytes(r, 1, pCompressed, (int)cbCompressed);
  arg_value(r, 2, cbCompressed);
  arg_pointer(r, 3, pDestBuffer);
  arg_value(r, 4, cbDestBufferSize);
  arg_pointer(r, 5, nBytesWritten);
  arg_value(r, 6, nDesiredSampleRate);
  return voice_output(r, pDestBuffer, cbDestBufferSize, nBytesWritten);
}

/* The ticket is the output; the handle is the scripted return. A ticket that does not fit gives
   handle 0 and size 0. The identity's 136 bytes are recorded (or its NULL). */
static uint32_t auth_session_ticket(Record *r, void *self, void *pTicket, int cbMaxTicket, uint32_t *pcbTicket, const void *identity) {
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, pTicket);
  arg_value(r, 2, (uint64_t)(int64_t)cbMaxTicket);
  arg_pointer(r, 3, pcbTicket);
  if (identity != NULL)
    arg_identity(r, 4, identity);
  else
    arg_pointer(r, 4, NULL);
  if (!copy_output(r, pTicket, cbMaxTicket)) {
    if (pcbTicket != NULL) *pcbTicket = 0;
    return 0;
  }
  if (pcbTicket != NULL) *pcbTicket = (uint32_t)r->outputLength;
  return (uint32_t)r->returnValue;
}

#define GET_AUTH_SESSION_TICKET_RESPONSE 163

/* The scripted response of an issued ticket (see FakeSteam_SetTicketResponseDelay). */
static uint32_t respond_to_ticket(int pipe, uint32_t handle) {
  if (handle == 0 || ticketResponseDelayMs < 0) return handle;
  struct {
    uint32_t m_hAuthTicket;
    int32_t m_eResult;
  } response = {handle, 1};
  FakeSteam_QueueCallbackAfter(pipe, GET_AUTH_SESSION_TICKET_RESPONSE, &response, sizeof response, ticketResponseDelayMs);
  return handle;
}

EXPORT uint32_t SteamAPI_ISteamUser_GetAuthSessionTicket(void *self, void *pTicket, int cbMaxTicket, uint32_t *pcbTicket,
                                                         const void *pSteamNetworkingIdentity) {
  return respond_to_ticket(clientPipe, auth_session_ticket(enter(__func__), self, pTicket, cbMaxTicket, pcbTicket, pSteamNetworkingIdentity));
}

EXPORT uint32_t SteamAPI_ISteamGameServer_GetAuthSessionTicket(void *self, void *pTicket, int cbMaxTicket, uint32_t *pcbTicket,
                                                               const void *pSnid) {
  return respond_to_ticket(serverPipe, auth_session_ticket(enter(__func__), self, pTicket, cbMaxTicket, pcbTicket, pSnid));
}

static int begin_auth_session(Record *r, void *self, const void *pAuthTicket, int cbAuthTicket, uint64_t steamID) {
  arg_pointer(r, 0, self);
  arg_bytes(r, 1, pAuthTicket, cbAuthTicket);
  arg_value(r, 2, (uint64_t)(int64_t)cbAuthTicket);
  arg_value(r, 3, steamID);
  return (int)r->returnValue;
}

EXPORT int SteamAPI_ISteamUser_BeginAuthSession(void *self, const void *pAuthTicket, int cbAuthTicket, uint64_t steamID) {
  return begin_auth_session(enter(__func__), self, pAuthTicket, cbAuthTicket, steamID);
}

EXPORT int SteamAPI_ISteamGameServer_BeginAuthSession(void *self, const void *pAuthTicket, int cbAuthTicket, uint64_t steamID) {
  return begin_auth_session(enter(__func__), self, pAuthTicket, cbAuthTicket, steamID);
}

EXPORT uint64_t SteamAPI_ISteamUser_RequestEncryptedAppTicket(void *self, void *pDataToInclude, int cbDataToInclude) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_bytes(r, 1, pDataToInclude, cbDataToInclude);
  arg_value(r, 2, (uint64_t)(int64_t)cbDataToInclude);
  return r->returnValue;
}

/* The output is the ticket; false (with the size needed) when it does not fit or there is none. */
EXPORT bool SteamAPI_ISteamUser_GetEncryptedAppTicket(void *self, void *pTicket, int cbMaxTicket, uint32_t *pcbTicket) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, pTicket);
  arg_value(r, 2, (uint64_t)(int64_t)cbMaxTicket);
  arg_pointer(r, 3, pcbTicket);
  if (pcbTicket != NULL) *pcbTicket = r->output != NULL ? (uint32_t)r->outputLength : 0;
  return copy_output(r, pTicket, cbMaxTicket) != 0;
}

/* Bytes a real implementation leaves unwritten (an IPv4 address fills 4 of the union's 16) hold
   this, so a reader that passes them on is caught. */
#define UNWRITTEN_GARBAGE 0xAB

/* The output, when scripted, is the raw 20-byte SteamIPAddress_t (a shorter one leaves the rest
   garbage). Otherwise it is built as Steam does: m_eType = outValues[0]; for IPv4 (0) only
   m_unIPv4 = outValues[1] is written, and the union's other 12 bytes are garbage. */
EXPORT SteamIPAddress_t SteamAPI_ISteamGameServer_GetPublicIP(void *self) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  SteamIPAddress_t address;
  memset(&address, UNWRITTEN_GARBAGE, sizeof address);
  if (r->output != NULL) {
    memcpy(&address, r->output, r->outputLength < (int)sizeof address ? (size_t)r->outputLength : sizeof address);
    return address;
  }
  address.m_eType = (int32_t)r->outValues[0];
  if (address.m_eType == 0) {
    uint32_t ipv4 = (uint32_t)r->outValues[1];
    memcpy(address.m_rgubIPv6, &ipv4, sizeof ipv4);
  }
  return address;
}

EXPORT bool SteamAPI_ISteamGameServer_HandleIncomingPacket(void *self, const void *pData, int cbData, uint32_t srcIP, uint16_t srcPort) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_bytes(r, 1, pData, cbData);
  arg_value(r, 2, (uint64_t)(int64_t)cbData);
  arg_value(r, 3, srcIP);
  arg_value(r, 4, srcPort);
  return r->returnValue != 0;
}

/* The output is the packet; outValues[0] and [1] are the destination address and port. */
EXPORT int SteamAPI_ISteamGameServer_GetNextOutgoingPacket(void *self, void *pOut, int cbMaxOut, uint32_t *pNetAdr, uint16_t *pPort) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, pOut);
  arg_value(r, 2, (uint64_t)(int64_t)cbMaxOut);
  arg_pointer(r, 3, pNetAdr);
  arg_pointer(r, 4, pPort);
  if (!copy_output(r, pOut, cbMaxOut)) return 0;
  if (pNetAdr != NULL) *pNetAdr = (uint32_t)r->outValues[0];
  if (pPort != NULL) *pPort = (uint16_t)r->outValues[1];
  return r->outputLength;
}

/* outValues[0] is the CSteamID written to *pSteamIDUser. */
EXPORT bool SteamAPI_ISteamGameServer_SendUserConnectAndAuthenticate_DEPRECATED(void *self, uint32_t unIPClient, const void *pvAuthBlob,
                                                                                uint32_t cubAuthBlobSize, void *pSteamIDUser) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, unIPClient);
  arg_bytes(r, 2, pvAuthBlob, (int)cubAuthBlobSize);
  arg_value(r, 3, cubAuthBlobSize);
  arg_pointer(r, 4, pSteamIDUser);
  if (pSteamIDUser != NULL) memcpy(pSteamIDUser, &r->outValues[0], sizeof(uint64_t));
  return r->returnValue != 0;
}

/* ---- ISteamUtils with out-parameters ---------------------------------------------------- */

/* outValues[0] is *pbFailed. */
EXPORT bool SteamAPI_ISteamUtils_IsAPICallCompleted(void *self, uint64_t hSteamAPICall, bool *pbFailed) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hSteamAPICall);
  arg_pointer(r, 2, pbFailed);
  if (pbFailed != NULL) *pbFailed = r->outValues[0] != 0;
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamUtils_GetAPICallResult(void *self, uint64_t hSteamAPICall, void *pCallback, int cubCallback, int iCallbackExpected,
                                                  bool *pbFailed) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hSteamAPICall);
  arg_pointer(r, 2, pCallback);
  arg_value(r, 3, (uint64_t)(int64_t)cubCallback);
  arg_value(r, 4, (uint64_t)(int64_t)iCallbackExpected);
  arg_pointer(r, 5, pbFailed);
  return take_call_result(r, hSteamAPICall, pCallback, cubCallback, iCallbackExpected, pbFailed);
}

/* ---- everything else: record the arguments, return the scripted value (0 by default) ---- */

EXPORT bool SteamAPI_IsSteamRunning(void) {
  Record *r = enter(__func__);
  return r->returnValue != 0;
}

EXPORT void SteamAPI_ReleaseCurrentThreadMemory(void) {
  Record *r = enter(__func__);
  (void)r;
}

EXPORT bool SteamAPI_RestartAppIfNecessary(uint32_t unOwnAppID) {
  Record *r = enter(__func__);
  arg_value(r, 0, (uint64_t)unOwnAppID);
  return r->returnValue != 0;
}

EXPORT void SteamAPI_RunCallbacks(void) {
  Record *r = enter(__func__);
  (void)r;
}

EXPORT bool SteamGameServer_BSecure(void) {
  Record *r = enter(__func__);
  return r->returnValue != 0;
}

EXPORT uint64_t SteamGameServer_GetSteamID(void) {
  Record *r = enter(__func__);
  return (uint64_t)r->returnValue;
}

EXPORT void SteamGameServer_RunCallbacks(void) {
  Record *r = enter(__func__);
  (void)r;
}

SCRIPTED_QUERY(int, SteamAPI_ISteamUser_GetHSteamUser)

SCRIPTED_QUERY(bool, SteamAPI_ISteamUser_BLoggedOn)

SCRIPTED_QUERY(uint64_t, SteamAPI_ISteamUser_GetSteamID)

EXPORT void SteamAPI_ISteamUser_TerminateGameConnection_DEPRECATED(void * self, uint32_t unIPServer, uint16_t usPortServer) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)unIPServer);
  arg_value(r, 2, (uint64_t)usPortServer);
  (void)r;
}

EXPORT void SteamAPI_ISteamUser_TrackAppUsageEvent(void * self, uint64_t gameID, int eAppUsageEvent, const char * pchExtraInfo) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)gameID);
  arg_value(r, 2, (uint64_t)(int64_t)eAppUsageEvent);
  arg_string(r, 3, pchExtraInfo);
  (void)r;
}

VOID_METHOD(SteamAPI_ISteamUser_StartVoiceRecording)

VOID_METHOD(SteamAPI_ISteamUser_StopVoiceRecording)

SCRIPTED_QUERY(uint32_t, SteamAPI_ISteamUser_GetVoiceOptimalSampleRate)

EXPORT uint32_t SteamAPI_ISteamUser_GetAuthTicketForWebApi(void * self, const char * pchIdentity) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, pchIdentity);
  return (uint32_t)r->returnValue;
}

VALUE_SETTER(SteamAPI_ISteamUser_EndAuthSession, uint64_t, steamID)

VALUE_SETTER(SteamAPI_ISteamUser_CancelAuthTicket, uint32_t, hAuthTicket)

EXPORT int SteamAPI_ISteamUser_UserHasLicenseForApp(void * self, uint64_t steamID, uint32_t appID) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)steamID);
  arg_value(r, 2, (uint64_t)appID);
  return (int)r->returnValue;
}

SCRIPTED_QUERY(bool, SteamAPI_ISteamUser_BIsBehindNAT)

EXPORT void SteamAPI_ISteamUser_AdvertiseGame(void * self, uint64_t steamIDGameServer, uint32_t unIPServer, uint16_t usPortServer) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)steamIDGameServer);
  arg_value(r, 2, (uint64_t)unIPServer);
  arg_value(r, 3, (uint64_t)usPortServer);
  (void)r;
}

EXPORT int SteamAPI_ISteamUser_GetGameBadgeLevel(void * self, int nSeries, bool bFoil) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)nSeries);
  arg_value(r, 2, (uint64_t)bFoil);
  return (int)r->returnValue;
}

SCRIPTED_QUERY(int, SteamAPI_ISteamUser_GetPlayerSteamLevel)

EXPORT uint64_t SteamAPI_ISteamUser_RequestStoreAuthURL(void * self, const char * pchRedirectURL) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, pchRedirectURL);
  return (uint64_t)r->returnValue;
}

SCRIPTED_QUERY(bool, SteamAPI_ISteamUser_BIsPhoneVerified)

SCRIPTED_QUERY(bool, SteamAPI_ISteamUser_BIsTwoFactorEnabled)

SCRIPTED_QUERY(bool, SteamAPI_ISteamUser_BIsPhoneIdentifying)

SCRIPTED_QUERY(bool, SteamAPI_ISteamUser_BIsPhoneRequiringVerification)

SCRIPTED_QUERY(uint64_t, SteamAPI_ISteamUser_GetMarketEligibility)

SCRIPTED_QUERY(uint64_t, SteamAPI_ISteamUser_GetDurationControl)

EXPORT bool SteamAPI_ISteamUser_BSetDurationControlOnlineState(void * self, int eNewState) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)eNewState);
  return r->returnValue != 0;
}

STRING_SETTER(SteamAPI_ISteamGameServer_SetProduct, pszProduct)

STRING_SETTER(SteamAPI_ISteamGameServer_SetGameDescription, pszGameDescription)

STRING_SETTER(SteamAPI_ISteamGameServer_SetModDir, pszModDir)

VALUE_SETTER(SteamAPI_ISteamGameServer_SetDedicatedServer, bool, bDedicated)

STRING_SETTER(SteamAPI_ISteamGameServer_LogOn, pszToken)

VOID_METHOD(SteamAPI_ISteamGameServer_LogOnAnonymous)

VOID_METHOD(SteamAPI_ISteamGameServer_LogOff)

SCRIPTED_QUERY(bool, SteamAPI_ISteamGameServer_BLoggedOn)

SCRIPTED_QUERY(bool, SteamAPI_ISteamGameServer_BSecure)

SCRIPTED_QUERY(uint64_t, SteamAPI_ISteamGameServer_GetSteamID)

SCRIPTED_QUERY(bool, SteamAPI_ISteamGameServer_WasRestartRequested)

VALUE_SETTER(SteamAPI_ISteamGameServer_SetMaxPlayerCount, int, cPlayersMax)

VALUE_SETTER(SteamAPI_ISteamGameServer_SetBotPlayerCount, int, cBotplayers)

STRING_SETTER(SteamAPI_ISteamGameServer_SetServerName, pszServerName)

STRING_SETTER(SteamAPI_ISteamGameServer_SetMapName, pszMapName)

VALUE_SETTER(SteamAPI_ISteamGameServer_SetPasswordProtected, bool, bPasswordProtected)

VALUE_SETTER(SteamAPI_ISteamGameServer_SetSpectatorPort, uint16_t, unSpectatorPort)

STRING_SETTER(SteamAPI_ISteamGameServer_SetSpectatorServerName, pszSpectatorServerName)

VOID_METHOD(SteamAPI_ISteamGameServer_ClearAllKeyValues)

EXPORT void SteamAPI_ISteamGameServer_SetKeyValue(void * self, const char * pKey, const char * pValue) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, pKey);
  arg_string(r, 2, pValue);
  (void)r;
}

STRING_SETTER(SteamAPI_ISteamGameServer_SetGameTags, pchGameTags)

STRING_SETTER(SteamAPI_ISteamGameServer_SetGameData, pchGameData)

STRING_SETTER(SteamAPI_ISteamGameServer_SetRegion, pszRegion)

VALUE_SETTER(SteamAPI_ISteamGameServer_SetAdvertiseServerActive, bool, bActive)

VALUE_SETTER(SteamAPI_ISteamGameServer_EndAuthSession, uint64_t, steamID)

VALUE_SETTER(SteamAPI_ISteamGameServer_CancelAuthTicket, uint32_t, hAuthTicket)

EXPORT int SteamAPI_ISteamGameServer_UserHasLicenseForApp(void * self, uint64_t steamID, uint32_t appID) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)steamID);
  arg_value(r, 2, (uint64_t)appID);
  return (int)r->returnValue;
}

EXPORT bool SteamAPI_ISteamGameServer_RequestUserGroupStatus(void * self, uint64_t steamIDUser, uint64_t steamIDGroup) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)steamIDUser);
  arg_value(r, 2, (uint64_t)steamIDGroup);
  return r->returnValue != 0;
}

VOID_METHOD(SteamAPI_ISteamGameServer_GetGameplayStats)

SCRIPTED_QUERY(uint64_t, SteamAPI_ISteamGameServer_GetServerReputation)

EXPORT uint64_t SteamAPI_ISteamGameServer_AssociateWithClan(void * self, uint64_t steamIDClan) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)steamIDClan);
  return (uint64_t)r->returnValue;
}

EXPORT uint64_t SteamAPI_ISteamGameServer_ComputeNewPlayerCompatibility(void * self, uint64_t steamIDNewPlayer) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)steamIDNewPlayer);
  return (uint64_t)r->returnValue;
}

SCRIPTED_QUERY(uint64_t, SteamAPI_ISteamGameServer_CreateUnauthenticatedUserConnection)

VALUE_SETTER(SteamAPI_ISteamGameServer_SendUserDisconnect_DEPRECATED, uint64_t, steamIDUser)

EXPORT bool SteamAPI_ISteamGameServer_BUpdateUserData(void * self, uint64_t steamIDUser, const char * pchPlayerName, uint32_t uScore) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)steamIDUser);
  arg_string(r, 2, pchPlayerName);
  arg_value(r, 3, (uint64_t)uScore);
  return r->returnValue != 0;
}

SCRIPTED_QUERY(uint32_t, SteamAPI_ISteamUtils_GetAppID)

EXPORT int SteamAPI_ISteamUtils_GetAPICallFailureReason(void * self, uint64_t hSteamAPICall) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)hSteamAPICall);
  return (int)r->returnValue;
}

/* ---- the rest of ISteamUtils (the Utils slice binds these when first used) -------------- */

SCRIPTED_QUERY(uint32_t, SteamAPI_ISteamUtils_GetSecondsSinceAppActive)
SCRIPTED_QUERY(uint32_t, SteamAPI_ISteamUtils_GetSecondsSinceComputerActive)
SCRIPTED_QUERY(int, SteamAPI_ISteamUtils_GetConnectedUniverse)
SCRIPTED_QUERY(uint32_t, SteamAPI_ISteamUtils_GetServerRealTime)
SCRIPTED_QUERY(uint8_t, SteamAPI_ISteamUtils_GetCurrentBatteryPower)
SCRIPTED_QUERY(uint32_t, SteamAPI_ISteamUtils_GetIPCCallCount)
SCRIPTED_QUERY(bool, SteamAPI_ISteamUtils_IsOverlayEnabled)
SCRIPTED_QUERY(bool, SteamAPI_ISteamUtils_BOverlayNeedsPresent)
SCRIPTED_QUERY(uint32_t, SteamAPI_ISteamUtils_GetEnteredGamepadTextLength)
SCRIPTED_QUERY(bool, SteamAPI_ISteamUtils_IsSteamRunningInVR)
SCRIPTED_QUERY(bool, SteamAPI_ISteamUtils_IsSteamInBigPictureMode)
SCRIPTED_QUERY(bool, SteamAPI_ISteamUtils_IsVRHeadsetStreamingEnabled)
SCRIPTED_QUERY(bool, SteamAPI_ISteamUtils_IsSteamChinaLauncher)
SCRIPTED_QUERY(bool, SteamAPI_ISteamUtils_IsSteamRunningOnSteamDeck)
SCRIPTED_QUERY(bool, SteamAPI_ISteamUtils_DismissFloatingGamepadTextInput)
SCRIPTED_QUERY(bool, SteamAPI_ISteamUtils_DismissGamepadTextInput)
VOID_METHOD(SteamAPI_ISteamUtils_StartVRDashboard)
VALUE_SETTER(SteamAPI_ISteamUtils_SetOverlayNotificationPosition, int, eNotificationPosition)
VALUE_SETTER(SteamAPI_ISteamUtils_SetVRHeadsetStreamingEnabled, bool, bEnabled)
VALUE_SETTER(SteamAPI_ISteamUtils_SetGameLauncherMode, bool, bLauncherMode)

/* A string result: the output (NUL-terminated here, cut at 255 bytes), or NULL when none is scripted. */
static const char *string_result(Record *r, char *storage, int capacity) {
  if (r->output == NULL) return NULL;
  int length = r->outputLength < capacity - 1 ? r->outputLength : capacity - 1;
  memcpy(storage, r->output, (size_t)length);
  storage[length] = 0;
  return storage;
}

EXPORT const char *SteamAPI_ISteamUtils_GetIPCountry(void *self) {
  static char country[256];
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  return string_result(r, country, sizeof country);
}

EXPORT const char *SteamAPI_ISteamUtils_GetSteamUILanguage(void *self) {
  static char language[256];
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  return string_result(r, language, sizeof language);
}

/* outValues[0] and [1] are *pnWidth and *pnHeight. */
EXPORT bool SteamAPI_ISteamUtils_GetImageSize(void *self, int iImage, uint32_t *pnWidth, uint32_t *pnHeight) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)iImage);
  arg_pointer(r, 2, pnWidth);
  arg_pointer(r, 3, pnHeight);
  if (pnWidth != NULL) *pnWidth = (uint32_t)r->outValues[0];
  if (pnHeight != NULL) *pnHeight = (uint32_t)r->outValues[1];
  return r->returnValue != 0;
}

/* The output is the pixels; false when it does not fit or the return is scripted false. */
EXPORT bool SteamAPI_ISteamUtils_GetImageRGBA(void *self, int iImage, void *pubDest, int nDestBufferSize) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)iImage);
  arg_pointer(r, 2, pubDest);
  arg_value(r, 3, (uint64_t)(int64_t)nDestBufferSize);
  return r->returnValue != 0 && copy_output(r, pubDest, nDestBufferSize);
}

EXPORT uint64_t SteamAPI_ISteamUtils_CheckFileSignature(void *self, const char *szFileName) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, szFileName);
  return r->returnValue;
}

EXPORT bool SteamAPI_ISteamUtils_ShowGamepadTextInput(void *self, int eInputMode, int eLineInputMode, const char *pchDescription, uint32_t unCharMax,
                                                      const char *pchExistingText) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)eInputMode);
  arg_value(r, 2, (uint64_t)(int64_t)eLineInputMode);
  arg_string(r, 3, pchDescription);
  arg_value(r, 4, unCharMax);
  arg_string(r, 5, pchExistingText);
  return r->returnValue != 0;
}

/* The output is the text, written as is (a scripted NUL inside stays) and then a NUL. */
EXPORT bool SteamAPI_ISteamUtils_GetEnteredGamepadTextInput(void *self, char *pchText, uint32_t cchText) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, pchText);
  arg_value(r, 2, cchText);
  if (r->output == NULL || pchText == NULL || cchText < (uint32_t)r->outputLength + 1) return false;
  memcpy(pchText, r->output, (size_t)r->outputLength);
  pchText[r->outputLength] = 0;
  return true;
}

EXPORT void SteamAPI_ISteamUtils_SetOverlayNotificationInset(void *self, int nHorizontalInset, int nVerticalInset) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)nHorizontalInset);
  arg_value(r, 2, (uint64_t)(int64_t)nVerticalInset);
}

EXPORT bool SteamAPI_ISteamUtils_InitFilterText(void *self, uint32_t unFilterOptions) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, unFilterOptions);
  return r->returnValue != 0;
}

/* The output is the filtered text (written with a NUL when it fits); the return is the count. */
EXPORT int SteamAPI_ISteamUtils_FilterText(void *self, int eContext, uint64_t sourceSteamID, const char *pchInputMessage, char *pchOutFilteredText,
                                           uint32_t nByteSizeOutFilteredText) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)eContext);
  arg_value(r, 2, sourceSteamID);
  arg_string(r, 3, pchInputMessage);
  arg_pointer(r, 4, pchOutFilteredText);
  arg_value(r, 5, nByteSizeOutFilteredText);
  if (r->output != NULL && pchOutFilteredText != NULL && nByteSizeOutFilteredText >= (uint32_t)r->outputLength + 1) {
    memcpy(pchOutFilteredText, r->output, (size_t)r->outputLength);
    pchOutFilteredText[r->outputLength] = 0;
  }
  return (int)r->returnValue;
}

EXPORT int SteamAPI_ISteamUtils_GetIPv6ConnectivityState(void *self, int eProtocol) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)eProtocol);
  return (int)r->returnValue;
}

EXPORT bool SteamAPI_ISteamUtils_ShowFloatingGamepadTextInput(void *self, int eKeyboardMode, int nTextFieldXPosition, int nTextFieldYPosition,
                                                              int nTextFieldWidth, int nTextFieldHeight) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)eKeyboardMode);
  arg_value(r, 2, (uint64_t)(int64_t)nTextFieldXPosition);
  arg_value(r, 3, (uint64_t)(int64_t)nTextFieldYPosition);
  arg_value(r, 4, (uint64_t)(int64_t)nTextFieldWidth);
  arg_value(r, 5, (uint64_t)(int64_t)nTextFieldHeight);
  return r->returnValue != 0;
}

/* ---- ISteamApps (the Apps slice binds these when first used) ---------------------------- */

EXPORT void *SteamAPI_SteamApps_v008(void) { return accessor(__func__, clientLive, appsInterface); }

SCRIPTED_QUERY(bool, SteamAPI_ISteamApps_BIsSubscribed)
SCRIPTED_QUERY(bool, SteamAPI_ISteamApps_BIsLowViolence)
SCRIPTED_QUERY(bool, SteamAPI_ISteamApps_BIsCybercafe)
SCRIPTED_QUERY(bool, SteamAPI_ISteamApps_BIsVACBanned)
SCRIPTED_QUERY(bool, SteamAPI_ISteamApps_BIsSubscribedFromFreeWeekend)
SCRIPTED_QUERY(bool, SteamAPI_ISteamApps_BIsSubscribedFromFamilySharing)
SCRIPTED_QUERY(int, SteamAPI_ISteamApps_GetDLCCount)
SCRIPTED_QUERY(int, SteamAPI_ISteamApps_GetAppBuildId)
SCRIPTED_QUERY(uint64_t, SteamAPI_ISteamApps_GetAppOwner)
VOID_METHOD(SteamAPI_ISteamApps_RequestAllProofOfPurchaseKeys)
VALUE_SETTER(SteamAPI_ISteamApps_InstallDLC, uint32_t, nAppID)
VALUE_SETTER(SteamAPI_ISteamApps_UninstallDLC, uint32_t, nAppID)
VALUE_SETTER(SteamAPI_ISteamApps_RequestAppProofOfPurchaseKey, uint32_t, nAppID)

/* A query of one app ID answering its scripted return value. */
#define APP_QUERY(type, name) \
  EXPORT type name(void *self, uint32_t appID) { \
    Record *r = enter(__func__); \
    arg_pointer(r, 0, self); \
    arg_value(r, 1, appID); \
    return (type)r->returnValue; \
  }
APP_QUERY(bool, SteamAPI_ISteamApps_BIsSubscribedApp)
APP_QUERY(bool, SteamAPI_ISteamApps_BIsDlcInstalled)
APP_QUERY(bool, SteamAPI_ISteamApps_BIsAppInstalled)
APP_QUERY(uint32_t, SteamAPI_ISteamApps_GetEarliestPurchaseUnixTime)
APP_QUERY(bool, SteamAPI_ISteamApps_SetDlcContext)

/* Writes a record's output (as is: a scripted NUL inside stays) into a caller buffer, cut to leave room for a NUL, then the NUL. */
static void write_text(const Record *r, char *buffer, int capacity) {
  if (buffer == NULL || capacity <= 0) return;
  int length = r->output == NULL ? 0 : (r->outputLength < capacity - 1 ? r->outputLength : capacity - 1);
  if (length > 0) memcpy(buffer, r->output, (size_t)length);
  buffer[length] = 0;
}

EXPORT const char *SteamAPI_ISteamApps_GetCurrentGameLanguage(void *self) {
  static char language[256];
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  return string_result(r, language, sizeof language);
}

EXPORT const char *SteamAPI_ISteamApps_GetAvailableGameLanguages(void *self) {
  static char languages[256];
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  return string_result(r, languages, sizeof languages);
}

EXPORT const char *SteamAPI_ISteamApps_GetLaunchQueryParam(void *self, const char *pchKey) {
  static char value[256];
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, pchKey);
  return string_result(r, value, sizeof value);
}

/* outValues[0] and [1] are *pAppID and *pbAvailable; the output is the name. */
EXPORT bool SteamAPI_ISteamApps_BGetDLCDataByIndex(void *self, int iDLC, uint32_t *pAppID, bool *pbAvailable, char *pchName, int cchNameBufferSize) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)iDLC);
  arg_pointer(r, 2, pAppID);
  arg_pointer(r, 3, pbAvailable);
  arg_pointer(r, 4, pchName);
  arg_value(r, 5, (uint64_t)(int64_t)cchNameBufferSize);
  if (pAppID != NULL) *pAppID = (uint32_t)r->outValues[0];
  if (pbAvailable != NULL) *pbAvailable = r->outValues[1] != 0;
  write_text(r, pchName, cchNameBufferSize);
  return r->returnValue != 0;
}

/* The output is the name. */
EXPORT bool SteamAPI_ISteamApps_GetCurrentBetaName(void *self, char *pchName, int cchNameBufferSize) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, pchName);
  arg_value(r, 2, (uint64_t)(int64_t)cchNameBufferSize);
  write_text(r, pchName, cchNameBufferSize);
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamApps_MarkContentCorrupt(void *self, bool bMissingFilesOnly) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, bMissingFilesOnly ? 1 : 0);
  return r->returnValue != 0;
}

/* Writes min(return value, cMaxDepots, 4) depots from outValues and answers that count. */
EXPORT uint32_t SteamAPI_ISteamApps_GetInstalledDepots(void *self, uint32_t appID, uint32_t *pvecDepots, uint32_t cMaxDepots) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, appID);
  arg_pointer(r, 2, pvecDepots);
  arg_value(r, 3, cMaxDepots);
  uint32_t count = (uint32_t)r->returnValue;
  if (count > cMaxDepots) count = cMaxDepots;
  if (count > MAX_OUT_VALUES) count = MAX_OUT_VALUES;
  if (pvecDepots == NULL) return 0;
  for (uint32_t i = 0; i < count; i++) pvecDepots[i] = (uint32_t)r->outValues[i];
  return count;
}

/* The output is the folder; the return value is scripted (0: Steam wrote nothing, and nothing is written). */
EXPORT uint32_t SteamAPI_ISteamApps_GetAppInstallDir(void *self, uint32_t appID, char *pchFolder, uint32_t cchFolderBufferSize) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, appID);
  arg_pointer(r, 2, pchFolder);
  arg_value(r, 3, cchFolderBufferSize);
  if (r->returnValue != 0) write_text(r, pchFolder, (int)(cchFolderBufferSize > 0x7fffffff ? 0x7fffffff : cchFolderBufferSize));
  return (uint32_t)r->returnValue;
}

/* outValues[0] and [1] are *punBytesDownloaded and *punBytesTotal. */
EXPORT bool SteamAPI_ISteamApps_GetDlcDownloadProgress(void *self, uint32_t nAppID, uint64_t *punBytesDownloaded, uint64_t *punBytesTotal) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, nAppID);
  arg_pointer(r, 2, punBytesDownloaded);
  arg_pointer(r, 3, punBytesTotal);
  if (punBytesDownloaded != NULL) *punBytesDownloaded = r->outValues[0];
  if (punBytesTotal != NULL) *punBytesTotal = r->outValues[1];
  return r->returnValue != 0;
}

EXPORT uint64_t SteamAPI_ISteamApps_GetFileDetails(void *self, const char *pszFileName) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, pszFileName);
  return r->returnValue;
}

/* The output is the command line; the return is the bytes written with the NUL (0 with no output). */
EXPORT int SteamAPI_ISteamApps_GetLaunchCommandLine(void *self, char *pszCommandLine, int cubCommandLine) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, pszCommandLine);
  arg_value(r, 2, (uint64_t)(int64_t)cubCommandLine);
  if (r->output == NULL || pszCommandLine == NULL || cubCommandLine <= 0) return 0;
  write_text(r, pszCommandLine, cubCommandLine);
  return (r->outputLength < cubCommandLine - 1 ? r->outputLength : cubCommandLine - 1) + 1;
}

/* outValues[0] and [1] are *punSecondsAllowed and *punSecondsPlayed. */
EXPORT bool SteamAPI_ISteamApps_BIsTimedTrial(void *self, uint32_t *punSecondsAllowed, uint32_t *punSecondsPlayed) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, punSecondsAllowed);
  arg_pointer(r, 2, punSecondsPlayed);
  if (punSecondsAllowed != NULL) *punSecondsAllowed = (uint32_t)r->outValues[0];
  if (punSecondsPlayed != NULL) *punSecondsPlayed = (uint32_t)r->outValues[1];
  return r->returnValue != 0;
}

/* outValues[0] and [1] are *pnAvailable and *pnPrivate. */
EXPORT int SteamAPI_ISteamApps_GetNumBetas(void *self, uint32_t unAppID, int *pnAvailable, int *pnPrivate) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, unAppID);
  arg_pointer(r, 2, pnAvailable);
  arg_pointer(r, 3, pnPrivate);
  if (pnAvailable != NULL) *pnAvailable = (int)r->outValues[0];
  if (pnPrivate != NULL) *pnPrivate = (int)r->outValues[1];
  return (int)r->returnValue;
}

/* outValues[0] and [1] are *punFlags and *punBuildID; the output is the name, and the output of
   the pseudo-record "SteamAPI_ISteamApps_GetBetaInfo_Description" the description. */
EXPORT bool SteamAPI_ISteamApps_GetBetaInfo(void *self, uint32_t unAppID, int iBetaIndex, uint32_t *punFlags, uint32_t *punBuildID, char *pchBetaName,
                                            int cchBetaName, char *pchDescription, int cchDescription) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, unAppID);
  arg_value(r, 2, (uint64_t)(int64_t)iBetaIndex);
  arg_pointer(r, 3, punFlags);
  arg_pointer(r, 4, punBuildID);
  arg_pointer(r, 5, pchBetaName);
  arg_value(r, 6, (uint64_t)(int64_t)cchBetaName);
  arg_pointer(r, 7, pchDescription);
  arg_value(r, 8, (uint64_t)(int64_t)cchDescription);
  if (punFlags != NULL) *punFlags = (uint32_t)r->outValues[0];
  if (punBuildID != NULL) *punBuildID = (uint32_t)r->outValues[1];
  write_text(r, pchBetaName, cchBetaName);
  write_text(find_record("SteamAPI_ISteamApps_GetBetaInfo_Description"), pchDescription, cchDescription);
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamApps_SetActiveBeta(void *self, uint32_t unAppID, const char *pchBetaName) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, unAppID);
  arg_string(r, 2, pchBetaName);
  return r->returnValue != 0;
}
