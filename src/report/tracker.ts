// The project's issue tracker: the one place its address is set. "This flag is wrong" reports open
// a new issue here, prefilled, only when the user clicks the link; the extension sends nothing.
export const ISSUE_TRACKER_NEW = 'https://github.com/trialtrace/trialtrace/issues/new';
