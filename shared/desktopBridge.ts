import * as z from 'zod';

/**
 * `window.desktop`: what only the Electron app offers the screens besides the core, through its
 * preload. The Chromium shell has none, so a screen offers these only where it is there.
 */
export interface DesktopBridge {
  /** The system's folder picker; the folder chosen, or null when it was cancelled. */
  chooseFolder(): Promise<string | null>;
}

/** The IPC channel between the preload and main for the folder picker. */
export const chooseFolderChannel = 'desktop:chooseFolder';

/** What the picker answers, checked as it crosses into the screens: a path, or nothing chosen. */
export const chosenFolderSchema = z.string().min(1).nullable();
