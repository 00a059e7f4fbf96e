/** The public values the networking interfaces share. */
export type { NetConnectionInfo, NetConnectionRealTimeStatus, NetworkingIdentity, NetworkingIpAddress, NetworkMessage } from './networking-types';
export { MAX_NETWORK_MESSAGE_BYTES, NetworkingSendFlags } from './networking-types';
