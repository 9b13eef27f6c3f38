export interface ReportedFigure {
  name: string;
  title: string;
}
/** The figures, in the order the report gives them, with the name each suite writes. */
export const reportedFigures: ReportedFigure[];
/** One figure's line: its count and label, "not measured", or why it is not this run's. */
export function figureLine(figure: ReportedFigure, dir?: string, since?: Date): string;
/** The whole report, its heading first. */
export function report(dir?: string, since?: Date): string;
