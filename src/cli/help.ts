// `npm run check -- --help`.
export const HELP = `Usage: npm run --silent check -- [--format text|json|markdown] [--date YYYY-MM-DD] [--quiet] <file...>

Checks what health news says about ALS immune therapies against the trial registries and
papers it reports on, and prints one report per input.

Inputs:
  file.txt, file.md    plain text; any other extension is read as plain text too
  file.html, file.htm  the visible text is extracted as the browser extension extracts it
  -                    standard input, read as plain text

Options:
  -f, --format FORMAT  text (default; coloured on a terminal unless NO_COLOR is set),
                       json (the report schema, src/report/schema.ts) or markdown
  -d, --date DATE      when the text was published (YYYY-MM-DD, YYYY-MM or YYYY): status sentences are
                       judged at that date (outdated since, or already wrong when written). Without it,
                       an HTML page's own metadata date is used, else a dateline near the top of the text
  -q, --quiet          no progress bar (shown on a terminal for inputs over 200 KB)
  -h, --help           show this help

Relative paths are read from the folder the command was typed in (npm's INIT_CWD).

Offsets (json) are UTF-16 code units into the text as read: the file's bytes decoded as UTF-8
with nothing removed or normalised (a byte-order mark and CRLF line endings are kept), or into
the extracted text for HTML. So text === content.slice(start, end).

Exit status: 0 when the check ran (with or without findings); 2 with one line on stderr for each
missing, unreadable, binary or empty input (the readable inputs are still reported), a bad option
or no input; 1 on an internal error.
`;
