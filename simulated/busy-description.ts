/**
 * What keeps a simulated Steam busy, in words, for the horizon's error: open microphones first
 * (the usual cause: a recording never stopped), then API calls awaiting their results, then the
 * callbacks it keeps being asked for.
 */
import { ClientEndpoint } from './client-endpoint';
import type { Universe } from './universe';

/** "X ×3" for repeated names, in first-seen order. */
const countedNames = (names: readonly string[]): string => {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, count]) => (count === 1 ? name : `${name} ×${count}`)).join(', ');
};

/** The causes, joined: never empty. */
export const describeBusyness = (universe: Universe): string => {
  const endpoints = universe.liveEndpoints();
  const causes: string[] = [];
  for (const endpoint of endpoints) {
    if (endpoint instanceof ClientEndpoint && endpoint.voice.state() !== 'off') {
      causes.push(`an open voice recording of user ${endpoint.user.steamId}`);
    }
  }
  const pendingCalls = endpoints.flatMap((endpoint) => endpoint.calls.pending().map((call) => call.structName));
  if (pendingCalls.length > 0) causes.push(`API calls awaiting their results (${countedNames(pendingCalls)})`);
  if (causes.length === 0) causes.push('callbacks it keeps being asked for, each answered after the latency');
  return causes.join('; ');
};
