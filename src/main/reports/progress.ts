/** Told how many rows are written so far: reports progress and stops a cancelled export. */
export type Progress = (rows: number) => void;
