/**
 * The simulated Steam's ISteamUtils model: what each machine (simulated process) answers (IP
 * country, Steam Deck, Big Picture, overlay, battery, UI language), its gamepad text boxes, and the
 * images (avatars) the universe serves by handle. Kept beside the process records, keyed by them.
 */
import { ESteamIPv6ConnectivityState } from '../native/generated/core';
import type { ProcessRecord } from './process-record';
import type { SimulatedProcessOptions } from './simulated-options';
import type { Universe } from './universe';

/** The gamepad text box ShowGamepadTextInput opened, as Steam shows it. */
export interface GamepadTextBox {
  /** EGamepadTextInputMode: 0 normal, 1 password. */
  readonly inputMode: number;
  /** EGamepadTextInputLineMode: 0 single line, 1 multiple lines. */
  readonly lineInputMode: number;
  /** The description shown above the box. */
  readonly description: string;
  /** The most characters the user may type. */
  readonly charMax: number;
  /** The text the box opened with. */
  readonly existingText: string;
}

/** One machine's ISteamUtils state. */
export class UtilsMachine {
  ipCountry: string;
  batteryPower: number;
  readonly steamDeck: boolean;
  readonly bigPicture: boolean;
  readonly overlayEnabled: boolean;
  readonly uiLanguage: string;
  readonly runningInVR: boolean;
  readonly steamChina: boolean;
  readonly ipv6Connectivity: number;
  readonly fileSignatures: ReadonlyMap<string, boolean>;
  readonly filteredWords: readonly string[];
  readonly startedAtMs: number;
  lastInputAtMs: number;
  notificationPosition = 3;
  notificationInset: readonly [number, number] = [0, 0];
  vrHeadsetStreaming = true;
  gameLauncherMode = false;
  filterInitialized = false;
  gamepadTextBox: GamepadTextBox | null = null;
  enteredGamepadText: string | null = null;
  floatingKeyboardOpen = false;
  ipcCalls = 0;

  constructor(options: SimulatedProcessOptions, nowMs: number) {
    this.ipCountry = options.ipCountry ?? 'US';
    this.batteryPower = options.batteryPower ?? 255;
    this.steamDeck = options.steamDeck ?? false;
    this.bigPicture = options.bigPicture ?? this.steamDeck;
    this.overlayEnabled = options.overlayEnabled ?? true;
    this.uiLanguage = options.uiLanguage ?? 'english';
    this.runningInVR = options.runningInVR ?? false;
    this.steamChina = options.steamChina ?? false;
    this.ipv6Connectivity = options.ipv6Connectivity ?? ESteamIPv6ConnectivityState.Good;
    this.fileSignatures = new Map(Object.entries(options.fileSignatures ?? {}));
    this.filteredWords = (options.filteredWords ?? ['darn']).map((word) => word.toLowerCase());
    this.startedAtMs = nowMs;
    this.lastInputAtMs = nowMs;
  }
}

const machines = new WeakMap<ProcessRecord, UtilsMachine>();

/** Gives a new process its machine (createProcess calls this once). */
export const attachUtilsMachine = (record: ProcessRecord, options: SimulatedProcessOptions, nowMs: number): void => {
  machines.set(record, new UtilsMachine(options, nowMs));
};

/** The machine of a process (one with default settings if it was made without createProcess). */
export const utilsMachineOf = (record: ProcessRecord): UtilsMachine => {
  const existing = machines.get(record);
  if (existing !== undefined) return existing;
  const made = new UtilsMachine({}, 0);
  machines.set(record, made);
  return made;
};

/** An image Steam serves by handle (GetImageSize / GetImageRGBA). */
export interface SimulatedImage {
  /** Width in pixels. */
  readonly width: number;
  /** Height in pixels. */
  readonly height: number;
  /** width × height × 4 bytes, RGBA, rows top to bottom. */
  readonly rgba: Uint8Array;
}

/** The images of one simulated Steam, by handle (handles start at 1; 0 is Steam's "no image"). */
export class ImageStore {
  private readonly images = new Map<number, SimulatedImage>();
  private lastHandle = 0;

  register(image: SimulatedImage): number {
    const { width, height, rgba } = image;
    if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
      throw new Error(`steamworks-rx: a simulated image needs a positive integer width and height, got ${width}×${height}`);
    }
    if (!(rgba instanceof Uint8Array) || rgba.byteLength !== width * height * 4) {
      throw new Error(`steamworks-rx: a ${width}×${height} image needs ${width * height * 4} RGBA bytes`);
    }
    this.lastHandle += 1;
    this.images.set(this.lastHandle, { width, height, rgba: rgba.slice() });
    return this.lastHandle;
  }

  get(handle: number): SimulatedImage | undefined {
    return this.images.get(handle);
  }
}

const imageStores = new WeakMap<Universe, ImageStore>();

/** The image store of a universe, made on first use. */
export const imagesOf = (universe: Universe): ImageStore => {
  const existing = imageStores.get(universe);
  if (existing !== undefined) return existing;
  const made = new ImageStore();
  imageStores.set(universe, made);
  return made;
};
