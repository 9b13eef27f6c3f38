// The app window's size, in one place: the Electron window opens at it, and so does the Chromium window
// `npm start` falls back to where Electron's binary is not installed.

/** Width and height the window opens at, and the smallest the Electron window may be made. */
export const appWindowSize = { width: 1100, height: 780, minWidth: 640, minHeight: 520 } as const;
