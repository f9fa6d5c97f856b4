export type StatusClass = `${1 | 2 | 3 | 4 | 5}xx`;

export const classOf = (code: number): StatusClass => `${Math.floor(code / 100)}xx` as StatusClass;
