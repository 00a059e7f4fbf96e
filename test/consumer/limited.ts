/**
 * Runs `tasks` at most `limit` at a time; the promises answer in the tasks' order. The consumer
 * check's commands share a two-core machine: more compilers at once would only make each slower.
 */
export const limited = <T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T>[] => {
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async (): Promise<void> => {
    while (running >= limit) await new Promise<void>((wake) => waiting.push(wake));
    running += 1;
  };
  const release = (): void => {
    running -= 1;
    waiting.shift()?.();
  };
  return tasks.map(async (task) => {
    await slot();
    try {
      return await task();
    } finally {
      release();
    }
  });
};
