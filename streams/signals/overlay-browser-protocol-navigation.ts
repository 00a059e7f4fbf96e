/** OverlayBrowserProtocolNavigation_t (349): the overlay browser opened a URI of a protocol the game registered. */
import * as t from 'io-ts';
import { textCodec } from '../codecs/text';
import type { SignalDefinition } from '../signal-definition';

/** The codec of {@link OverlayBrowserProtocolNavigation}: the single source of truth of its shape. */
export const overlayBrowserProtocolNavigationCodec = t.readonly(
  t.type(
    {
      /** The URI (`rgchURI`). */
      uri: textCodec,
    },
    'OverlayBrowserProtocolNavigation',
  ),
  'OverlayBrowserProtocolNavigation',
);
/**
 * The payload of OverlayBrowserProtocolNavigation_t (349): the overlay browser navigated to a URI of a protocol registered with RegisterProtocolInOverlayBrowser.
 *
 * @interface
 */
export type OverlayBrowserProtocolNavigation = t.TypeOf<typeof overlayBrowserProtocolNavigationCodec>;

/** The OverlayBrowserProtocolNavigation_t signal: its struct, codec and member mapping. */
export const overlayBrowserProtocolNavigationSignal: SignalDefinition<OverlayBrowserProtocolNavigation> = {
  struct: 'OverlayBrowserProtocolNavigation_t',
  codec: overlayBrowserProtocolNavigationCodec,
  fromRaw: (raw) => ({ uri: raw.rgchURI }),
};
