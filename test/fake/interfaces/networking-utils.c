/*
 * ISteamNetworkingUtils (SteamNetworkingUtils004) of the fake library: every flat function of the
 * interface (the SDK binds the whole slice at once), plus SetDebugOutputFunction, whose registered
 * handler FakeSteam_EmitNetworkingDebugOutput calls as Valve's library would. AllocateMessage uses
 * networking-messages.c's allocator, so its releases are counted with the received messages'.
 * Floats are recorded as their IEEE-754 bits (FakeSteam_Arg answers them as an integer).
 */

static char networkingUtilsInterface[16];

typedef void (*FakeDebugOutput)(int type, const char *message);
static FakeDebugOutput debugOutput;
static int debugOutputLevel;

ON_RESET(reset_networking_utils) {
  debugOutput = NULL;
  debugOutputLevel = 0;
}

EXPORT uint64_t FakeSteam_NetworkingUtilsInterface(void) { return (uint64_t)(uintptr_t)networkingUtilsInterface; }

/* 1 while a handler is installed. */
EXPORT int FakeSteam_NetworkingDebugOutputInstalled(void) { return debugOutput != NULL; }
EXPORT int FakeSteam_NetworkingDebugOutputLevel(void) { return debugOutputLevel; }

/* Calls the installed handler as Steam would (when `type` is within its level); returns 1 when it was called. */
EXPORT int FakeSteam_EmitNetworkingDebugOutput(int type, const char *message) {
  if (debugOutput == NULL || type > debugOutputLevel) return 0;
  debugOutput(type, message);
  return 1;
}

EXPORT void *SteamAPI_SteamNetworkingUtils_SteamAPI_v004(void) { return accessor(__func__, clientLive || serverLive, networkingUtilsInterface); }

EXPORT void SteamAPI_ISteamNetworkingUtils_SetDebugOutputFunction(void *self, int eDetailLevel, FakeDebugOutput pfnFunc) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)eDetailLevel);
  arg_pointer(r, 2, (const void *)(uintptr_t)pfnFunc);
  /* Valve's: a NULL function or level None removes the hook. */
  debugOutput = eDetailLevel <= 0 ? NULL : pfnFunc;
  debugOutputLevel = debugOutput == NULL ? 0 : eDetailLevel;
}

EXPORT void *SteamAPI_ISteamNetworkingUtils_AllocateMessage(void *self, int cbAllocateBuffer) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)cbAllocateBuffer);
  if (r->hasReturn && r->returnValue == 0) return NULL;
  return fake_message_new(NULL, cbAllocateBuffer, 0, NULL, 0, 0, 0, 0, 0);
}

VOID_METHOD(SteamAPI_ISteamNetworkingUtils_InitRelayNetworkAccess)

/* The output is the SteamRelayNetworkStatus_t bytes (272 at most). */
EXPORT int SteamAPI_ISteamNetworkingUtils_GetRelayNetworkStatus(void *self, void *pDetails) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, pDetails);
  if (r->output != NULL && pDetails != NULL) memcpy(pDetails, r->output, (size_t)(r->outputLength < 272 ? r->outputLength : 272));
  return (int)r->returnValue;
}

/* The output is the location (512 bytes at most); the return value is the age, a signed integer. */
EXPORT float SteamAPI_ISteamNetworkingUtils_GetLocalPingLocation(void *self, void *result) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, result);
  if (r->output != NULL && result != NULL) memcpy(result, r->output, (size_t)(r->outputLength < 512 ? r->outputLength : 512));
  return (float)(int64_t)r->returnValue;
}

EXPORT int SteamAPI_ISteamNetworkingUtils_EstimatePingTimeBetweenTwoLocations(void *self, const void *location1, const void *location2) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_bytes(r, 1, location1, 512);
  arg_bytes(r, 2, location2, 512);
  return (int)r->returnValue;
}

EXPORT int SteamAPI_ISteamNetworkingUtils_EstimatePingTimeFromLocalHost(void *self, const void *remoteLocation) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_bytes(r, 1, remoteLocation, 512);
  return (int)r->returnValue;
}

/* The output is the text. */
EXPORT void SteamAPI_ISteamNetworkingUtils_ConvertPingLocationToString(void *self, const void *location, char *pszBuf, int cchBufSize) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_bytes(r, 1, location, 512);
  arg_pointer(r, 2, pszBuf);
  arg_value(r, 3, (uint64_t)(int64_t)cchBufSize);
  write_text(r, pszBuf, cchBufSize);
}

/* The output is the parsed location, written only when the return value is true. */
EXPORT bool SteamAPI_ISteamNetworkingUtils_ParsePingLocationString(void *self, const char *pszString, void *result) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_string(r, 1, pszString);
  arg_pointer(r, 2, result);
  if (r->returnValue != 0 && r->output != NULL && result != NULL) memcpy(result, r->output, (size_t)(r->outputLength < 512 ? r->outputLength : 512));
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamNetworkingUtils_CheckPingDataUpToDate(void *self, float flMaxAgeSeconds) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, bits_of_float(flMaxAgeSeconds));
  return r->returnValue != 0;
}

/* outValues[0] is *pViaRelayPoP. */
EXPORT int SteamAPI_ISteamNetworkingUtils_GetPingToDataCenter(void *self, uint32_t popID, uint32_t *pViaRelayPoP) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, popID);
  arg_pointer(r, 2, pViaRelayPoP);
  if (pViaRelayPoP != NULL) *pViaRelayPoP = (uint32_t)r->outValues[0];
  return (int)r->returnValue;
}

EXPORT int SteamAPI_ISteamNetworkingUtils_GetDirectPingToPOP(void *self, uint32_t popID) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, popID);
  return (int)r->returnValue;
}

SCRIPTED_QUERY(int, SteamAPI_ISteamNetworkingUtils_GetPOPCount)

/* Writes min(return value, nListSz, 4) POP IDs from outValues and answers that count. */
EXPORT int SteamAPI_ISteamNetworkingUtils_GetPOPList(void *self, uint32_t *list, int nListSz) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, list);
  arg_value(r, 2, (uint64_t)(int64_t)nListSz);
  int count = (int)r->returnValue;
  if (count > nListSz) count = nListSz;
  if (count > MAX_OUT_VALUES) count = MAX_OUT_VALUES;
  if (list == NULL || count < 0) return 0;
  for (int i = 0; i < count; i++) list[i] = (uint32_t)r->outValues[i];
  return count;
}

SCRIPTED_QUERY(int64_t, SteamAPI_ISteamNetworkingUtils_GetLocalTimestamp)

EXPORT bool SteamAPI_ISteamNetworkingUtils_IsFakeIPv4(void *self, uint32_t nIPv4) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, nIPv4);
  return r->returnValue != 0;
}

EXPORT int SteamAPI_ISteamNetworkingUtils_GetIPv4FakeIPType(void *self, uint32_t nIPv4) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, nIPv4);
  return (int)r->returnValue;
}

EXPORT int SteamAPI_ISteamNetworkingUtils_GetRealIdentityForFakeIP(void *self, const void *fakeIP, void *pOutRealIdentity) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_bytes(r, 1, fakeIP, 18);
  arg_pointer(r, 2, pOutRealIdentity);
  return (int)r->returnValue;
}

EXPORT bool SteamAPI_ISteamNetworkingUtils_SetGlobalConfigValueInt32(void *self, int eValue, int32_t val) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)eValue);
  arg_value(r, 2, (uint64_t)(int64_t)val);
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamNetworkingUtils_SetGlobalConfigValueFloat(void *self, int eValue, float val) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)eValue);
  arg_value(r, 2, bits_of_float(val));
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamNetworkingUtils_SetGlobalConfigValueString(void *self, int eValue, const char *val) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)eValue);
  arg_string(r, 2, val);
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamNetworkingUtils_SetGlobalConfigValuePtr(void *self, int eValue, void *val) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)eValue);
  arg_pointer(r, 2, val);
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamNetworkingUtils_SetConnectionConfigValueInt32(void *self, uint32_t hConn, int eValue, int32_t val) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hConn);
  arg_value(r, 2, (uint64_t)(int64_t)eValue);
  arg_value(r, 3, (uint64_t)(int64_t)val);
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamNetworkingUtils_SetConnectionConfigValueFloat(void *self, uint32_t hConn, int eValue, float val) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hConn);
  arg_value(r, 2, (uint64_t)(int64_t)eValue);
  arg_value(r, 3, bits_of_float(val));
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamNetworkingUtils_SetConnectionConfigValueString(void *self, uint32_t hConn, int eValue, const char *val) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, hConn);
  arg_value(r, 2, (uint64_t)(int64_t)eValue);
  arg_string(r, 3, val);
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamNetworkingUtils_SetConfigValue(void *self, int eValue, int eScopeType, int64_t scopeObj, int eDataType, const void *pArg) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)eValue);
  arg_value(r, 2, (uint64_t)(int64_t)eScopeType);
  arg_value(r, 3, (uint64_t)scopeObj);
  arg_value(r, 4, (uint64_t)(int64_t)eDataType);
  arg_pointer(r, 5, pArg);
  return r->returnValue != 0;
}

EXPORT bool SteamAPI_ISteamNetworkingUtils_SetConfigValueStruct(void *self, const void *opt, int eScopeType, int64_t scopeObj) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_bytes(r, 1, opt, 16);
  arg_value(r, 2, (uint64_t)(int64_t)eScopeType);
  arg_value(r, 3, (uint64_t)scopeObj);
  return r->returnValue != 0;
}

/* outValues[0] is *pOutDataType; the output is the value's bytes. When the caller's *cbResult is
   smaller than the output, Valve's answer: *cbResult = the size needed, BufferTooSmall (-3).
   Otherwise the bytes are copied, *cbResult = their size, and the scripted result is answered.
   The record's outValues[1] keeps the *cbResult the caller passed in. */
EXPORT int SteamAPI_ISteamNetworkingUtils_GetConfigValue(void *self, int eValue, int eScopeType, int64_t scopeObj, int32_t *pOutDataType,
                                                         void *pResult, uint64_t *cbResult) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)eValue);
  arg_value(r, 2, (uint64_t)(int64_t)eScopeType);
  arg_value(r, 3, (uint64_t)scopeObj);
  arg_pointer(r, 4, pOutDataType);
  arg_pointer(r, 5, pResult);
  arg_pointer(r, 6, cbResult);
  if (cbResult != NULL) arg_value(r, 7, *cbResult);
  if (pOutDataType != NULL) *pOutDataType = (int32_t)r->outValues[0];
  if (r->output != NULL && cbResult != NULL) {
    if (*cbResult < (uint64_t)r->outputLength) {
      *cbResult = (uint64_t)r->outputLength;
      return -3;
    }
    if (pResult != NULL) memcpy(pResult, r->output, (size_t)r->outputLength);
    *cbResult = (uint64_t)r->outputLength;
  }
  return (int)r->returnValue;
}

/* outValues[0] and [1] are *pOutDataType and *pOutScope; the output is the name (none: NULL). */
EXPORT const char *SteamAPI_ISteamNetworkingUtils_GetConfigValueInfo(void *self, int eValue, int32_t *pOutDataType, int32_t *pOutScope) {
  static char name[256];
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)eValue);
  arg_pointer(r, 2, pOutDataType);
  arg_pointer(r, 3, pOutScope);
  if (pOutDataType != NULL) *pOutDataType = (int32_t)r->outValues[0];
  if (pOutScope != NULL) *pOutScope = (int32_t)r->outValues[1];
  return string_result(r, name, sizeof name);
}

EXPORT int SteamAPI_ISteamNetworkingUtils_IterateGenericEditableConfigValues(void *self, int eCurrent, bool bEnumerateDevVars) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_value(r, 1, (uint64_t)(int64_t)eCurrent);
  arg_value(r, 2, bEnumerateDevVars ? 1 : 0);
  return (int)r->returnValue;
}

EXPORT void SteamAPI_ISteamNetworkingUtils_SteamNetworkingIPAddr_ToString(void *self, const void *addr, char *buf, uint32_t cbBuf, bool bWithPort) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_bytes(r, 1, addr, 18);
  arg_pointer(r, 2, buf);
  arg_value(r, 3, cbBuf);
  arg_value(r, 4, bWithPort ? 1 : 0);
  write_text(r, buf, (int)(cbBuf > 0x7fffffff ? 0x7fffffff : cbBuf));
}

EXPORT bool SteamAPI_ISteamNetworkingUtils_SteamNetworkingIPAddr_ParseString(void *self, void *pAddr, const char *pszStr) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, pAddr);
  arg_string(r, 2, pszStr);
  if (r->returnValue != 0 && r->output != NULL && pAddr != NULL) memcpy(pAddr, r->output, (size_t)(r->outputLength < 18 ? r->outputLength : 18));
  return r->returnValue != 0;
}

EXPORT int SteamAPI_ISteamNetworkingUtils_SteamNetworkingIPAddr_GetFakeIPType(void *self, const void *addr) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_bytes(r, 1, addr, 18);
  return (int)r->returnValue;
}

EXPORT void SteamAPI_ISteamNetworkingUtils_SteamNetworkingIdentity_ToString(void *self, const void *identity, char *buf, uint32_t cbBuf) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_identity(r, 1, identity);
  arg_pointer(r, 2, buf);
  arg_value(r, 3, cbBuf);
  write_text(r, buf, (int)(cbBuf > 0x7fffffff ? 0x7fffffff : cbBuf));
}

EXPORT bool SteamAPI_ISteamNetworkingUtils_SteamNetworkingIdentity_ParseString(void *self, void *pIdentity, const char *pszStr) {
  Record *r = enter(__func__);
  arg_pointer(r, 0, self);
  arg_pointer(r, 1, pIdentity);
  arg_string(r, 2, pszStr);
  if (r->returnValue != 0 && r->output != NULL && pIdentity != NULL)
    memcpy(pIdentity, r->output, (size_t)(r->outputLength < NETWORKING_IDENTITY_BYTES ? r->outputLength : NETWORKING_IDENTITY_BYTES));
  return r->returnValue != 0;
}
