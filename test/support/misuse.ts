/** Helpers for tests of misuse: what an untyped (JavaScript) caller can pass, and what a call threw. */

/** `value` typed as anything: what a JavaScript caller, or data off the network, may hand a function. */
export const untyped = (value: unknown): never => value as never;

/** The error `call` threw; fails the test when it returned instead. */
export const thrown = (call: () => unknown): unknown => {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw, it returned');
};
