// Loads a piece's build and prints its metadata, for `dotnet activepieces pieces pull --from`.
// Usage: node - <package folder> [export name] < load-piece-metadata.js
// Prints one JSON line: {"name","version","metadata"} or {"error","message","exports"?}. name and version come from
// the package.json, as the server takes them; the metadata is piece.metadata() as JSON, so functions and undefined
// values vanish exactly as they do when the server stores it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');

const [folder, exportName] = process.argv.slice(2);
const answer = (value) => process.stdout.write(JSON.stringify(value) + '\n');

const isPiece = (value) =>
  value !== null && typeof value === 'object' &&
  typeof value.metadata === 'function' && typeof value.actions === 'function' && typeof value.triggers === 'function';

let pkg;
try {
  pkg = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
} catch (error) {
  answer({ error: 'NO_PACKAGE_JSON', message: String(error && error.message || error).split('\n')[0] });
  process.exit(0);
}

let exports;
try {
  exports = createRequire(path.join(folder, 'package.json'))(path.resolve(folder));
} catch (error) {
  answer({ error: 'LOAD_FAILED', message: String(error && error.message || error).split('\n')[0] });
  process.exit(0);
}

const pieces = Object.entries(exports ?? {}).filter(([, value]) => isPiece(value)).map(([key]) => key).sort();
let chosen;
if (exportName) {
  if (!Object.prototype.hasOwnProperty.call(exports ?? {}, exportName)) {
    answer({ error: 'EXPORT_NOT_FOUND', message: exportName, exports: pieces });
    process.exit(0);
  }
  if (!isPiece(exports[exportName])) {
    answer({ error: 'EXPORT_NOT_PIECE', message: exportName, exports: pieces });
    process.exit(0);
  }
  chosen = exportName;
} else if (pieces.length === 0) {
  answer({ error: 'NO_PIECE', message: Object.keys(exports ?? {}).sort().join(', '), exports: [] });
  process.exit(0);
} else if (pieces.length > 1) {
  answer({ error: 'MANY_PIECES', message: pieces.join(', '), exports: pieces });
  process.exit(0);
} else {
  chosen = pieces[0];
}

try {
  answer({ name: pkg.name, version: pkg.version, metadata: JSON.parse(JSON.stringify(exports[chosen].metadata())) });
} catch (error) {
  answer({ error: 'METADATA_FAILED', message: `${chosen}.metadata(): ${String(error && error.message || error).split('\n')[0]}` });
}
