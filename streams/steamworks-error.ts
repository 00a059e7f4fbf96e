/**
 * The one base class of every error steamworks-rx produces, in a Left or thrown: a real `Error`
 * (a stack, `instanceof Error`, printable by `String()` and `console.log`) that still narrows on
 * its `_tag` as a discriminated union does. It lives in the streams layer because the decoders
 * and the call-result matcher produce errors too, and src/ builds on streams/.
 */
export class SteamworksError<Tag extends string = string> extends Error {
  /** What kind of error this is; discriminated unions of errors narrow on it. */
  readonly _tag: Tag;

  constructor(tag: Tag, message: string) {
    super(message);
    this._tag = tag;
    // The tag as the name, so the stack's first line and String(error) say which error it is: V8
    // writes the stack's first line when the stack is first read, after this.
    Object.defineProperty(this, 'name', { value: tag, enumerable: false, configurable: true, writable: true });
  }

  /**
   * The tag, the message and the typed fields: what `JSON.stringify` shows (an Error's message is
   * not enumerable). Bigints (Steam IDs, API call handles) become decimal text, which JSON can hold.
   */
  toJSON(): Record<string, unknown> {
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this)) fields[key] = typeof value === 'bigint' ? value.toString() : value;
    fields['message'] = this.message;
    return fields;
  }
}
