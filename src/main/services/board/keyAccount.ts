/**
 * A key account (PRODUCT §4): one the strategic force partners with, or one of tier A.
 * `a` is the alias of an account row.
 */
export const isKeyAccount = (a: string) => `(${a}.tier = 'A' OR ${a}.sales_force = 'strategic')`;
