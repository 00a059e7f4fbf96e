/**
 * Wraps a port so every call is counted under '<prefix>.<method>' (inspection: a test can assert
 * that, say, cancelAuthTicket ran exactly once).
 */
type Method = (...args: never[]) => unknown;

export const countCalls = <T extends object>(port: T, prefix: string, counts: Map<string, number>): T => {
  const counted: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(port)) {
    if (typeof member !== 'function') {
      counted[name] = member;
      continue;
    }
    const method = member as Method;
    const key = `${prefix}.${name}`;
    counted[name] = (...args: never[]): unknown => {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return method(...args);
    };
  }
  return counted as T;
};
