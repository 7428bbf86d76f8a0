/**
 * The User Timing mark the renderer sets when the account list's first rows are
 * committed: the speed test and the bench read it to time a cold start (it also shows
 * in DevTools' performance panel).
 */
export const FIRST_LIST_MARK = 'rapport:first-list';
