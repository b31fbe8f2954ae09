export const JOULES_PER_KWH = 3.6e6;

export const joulesToKwh = (joules: number): number => joules / JOULES_PER_KWH;
