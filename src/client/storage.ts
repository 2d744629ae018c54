/**
 * This device's localStorage, when the browser lets the page have it. Merely reading
 * `localStorage` throws in some locked-down or private browsers, so every use starts here.
 */

/** localStorage, or undefined when the browser refuses it. */
export function deviceStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
