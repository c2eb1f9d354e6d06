// mammoth's prebuilt browser bundle has the same API as the package's main entry, which
// ships the types. See `import-docx.ts` for why the bundle is used.
declare module 'mammoth/mammoth.browser.js' {
  import mammoth = require('mammoth');
  export = mammoth;
}
