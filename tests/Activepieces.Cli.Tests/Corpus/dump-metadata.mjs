// Dumps the auth metadata of installed @activepieces/piece-* packages as <short>.piece.json files, the shape
// `GET /api/v1/pieces/{name}` answers (name and version come from package.json, as the server takes them).
//
// Usage (in an empty folder):
//   npm install --ignore-scripts --no-audit --no-fund --legacy-peer-deps @activepieces/piece-mysql@0.2.7 ...
//   node dump-metadata.mjs <node_modules folder> <output folder>
//
// Only pieces that declare an auth are written: the corpus exists to scaffold records. actions and triggers are left
// out; they are not read by the scaffolder or the analyzers and would make the corpus large.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [modulesDir, outputDir] = process.argv.slice(2);
if (!modulesDir || !outputDir) {
  console.error('usage: node dump-metadata.mjs <node_modules> <output>');
  process.exit(2);
}

const require = createRequire(path.resolve(modulesDir, '..', 'package.json'));
const scopeDir = path.join(modulesDir, '@activepieces');
fs.mkdirSync(outputDir, { recursive: true });

const findPiece = (exports) => {
  for (const value of Object.values(exports ?? {})) {
    if (value && typeof value === 'object' && typeof value.metadata === 'function') {
      return value;
    }
  }
  return undefined;
};

let written = 0;
for (const folder of fs.readdirSync(scopeDir).filter((f) => f.startsWith('piece-')).sort()) {
  const name = `@activepieces/${folder}`;
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(scopeDir, folder, 'package.json'), 'utf8'));
    const piece = findPiece(require(name));
    if (!piece) {
      console.error(`${name}: no exported piece`);
      continue;
    }
    const metadata = JSON.parse(JSON.stringify(piece.metadata()));
    if (metadata.auth === undefined || (Array.isArray(metadata.auth) && metadata.auth.length === 0)) {
      console.error(`${name}: no auth, skipped`);
      continue;
    }
    const file = {
      name,
      version: pkg.version,
      displayName: metadata.displayName,
      description: metadata.description,
      auth: metadata.auth,
    };
    fs.writeFileSync(path.join(outputDir, `${folder.slice('piece-'.length)}.piece.json`), JSON.stringify(file, null, 2) + '\n');
    written++;
  } catch (error) {
    console.error(`${name}: ${String(error?.message ?? error).split('\n')[0]}`);
  }
}
console.error(`${written} piece(s) written to ${outputDir}`);
