/** The text `easy-read --help` prints. Kept apart so the argument parser and the tests share it. */
export const usage = `Usage:
  easy-read check [options] FILE...
  easy-read admin create --email EMAIL --name NAME
  easy-read --help

Check easy read health information, like a linter.

  easy-read check leaflet.txt
  easy-read check --profile plain --format json leaflet.docx

Files you can check:
  .txt         each line with text is one block; a blank line starts a new section
  .md          Markdown
  .html .htm   a web page
  .docx        a Word document
  .json        a document saved from Easy Read Studio

Check options:
  --profile easy-read|plain   which rules and targets to use (default: easy-read)
  --format text|json          how to show the results (default: text)
  --config FILE               your organisation's settings file (JSON)

Text output has one line per problem, then a summary for each file:
  leaflet.txt:3:14 warning This sentence is long. sentence-length
  In .txt, .md and .html files the line and column are where the problem is
  in the file (in .md and .html, found by matching the text to the source).
  .docx and .json files have no lines, so the "line" is the block's number
  (1 is the title) and the column counts characters in that block.
  A problem with the whole document is shown at 1:1 (line 0, column 0 in JSON).

JSON output is one object for one file, or an array of objects for several.

Exit status: 0 no errors, 1 errors found, 2 bad command or a file we cannot read.

Admin:
  easy-read admin create --email EMAIL --name NAME [--data-dir DIR] [--database-url URL]
  Adds an admin user. Type the password when asked, or pipe it in.
`;
