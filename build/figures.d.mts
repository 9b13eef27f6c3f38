export const figuresDir: string;
/** Writes one figure, replacing the last run's. */
export function writeFigure(name: string, label: string, count: number | null): void;
