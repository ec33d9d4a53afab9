// Runs steps of a built piece under node the way the engine runs them, against the emulator, and prints one JSON line
// with each step's output or failure.
//
// stdin: {"pieceDir", "apiUrl", "steps": [{"label", "action", "projectId", "propsValue"}]}; the emulator's API key is
// the variable EMULATOR_API_KEY (never an argument). A fake Gelato API on 127.0.0.1 answers the piece's requests: it
// returns the store id it was asked for and the SHA-256 of the X-API-KEY it received, so the test sees which
// credentials the piece used without any secret in the output.
'use strict';
const crypto = require('node:crypto');
const http = require('node:http');
const path = require('node:path');
const { createRequire } = require('node:module');

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
};

// The engine's connection resolver (engine/src/lib/piece-context/connection-resolver.ts): GET the worker route with the
// engine's token; 404 → ConnectionNotFoundError, another failure → ConnectionLoadingError, status ERROR →
// ConnectionExpiredError, else the value (context v2: the full typed value). The emulator answers the value and gives
// the row's status in X-Connection-Status (see WorkerRoutes.cs).
const engineConnections = (shared, apiUrl, apiKey, projectId) => ({
  async get(key) {
    let response;
    try {
      response = await fetch(`${apiUrl}api/v1/worker/app-connections/${encodeURIComponent(key)}?projectId=${encodeURIComponent(projectId)}`, {
        headers: { Authorization: `Bearer ${apiKey}` },
      });
    } catch (error) {
      throw new shared.ConnectionLoadingError(key, error);
    }
    if (!response.ok) {
      if (response.status === 404) throw new shared.ConnectionNotFoundError(key);
      throw new shared.ConnectionLoadingError(key);
    }
    if (response.headers.get('x-connection-status') === 'ERROR') throw new shared.ConnectionExpiredError(key);
    return response.json();
  },
});

// context.project.externalId() (engine-constants.ts) reads the running project; the emulator serves it on the
// platform route with the API key.
const projectOf = (apiUrl, apiKey, projectId) => ({
  id: projectId,
  async externalId() {
    const response = await fetch(`${apiUrl}api/v1/projects/${encodeURIComponent(projectId)}`, { headers: { Authorization: `Bearer ${apiKey}` } });
    if (!response.ok) throw new Error(`GET project answered ${response.status}`);
    const project = await response.json();
    return project.externalId ?? undefined;
  },
});

const startFakeGelato = () => new Promise((resolve) => {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const match = /^\/v4\/stores\/([^/]+)$/.exec(url.pathname);
    const key = request.headers['x-api-key'] ?? '';
    response.setHeader('Content-Type', 'application/json');
    if (!match) {
      response.statusCode = 404;
      response.end('{}');
      return;
    }
    response.end(JSON.stringify({ id: decodeURIComponent(match[1]), apiKeySha256: crypto.createHash('sha256').update(String(key)).digest('hex') }));
  });
  server.listen(0, '127.0.0.1', () => resolve(server));
});

const memoryStore = () => {
  const values = new Map();
  return {
    async put(key, value) { values.set(key, value); return value; },
    async get(key) { return values.has(key) ? values.get(key) : null; },
    async delete(key) { values.delete(key); },
  };
};

(async () => {
  const input = await readStdin();
  const apiKey = process.env.EMULATOR_API_KEY;
  const requireFromPiece = createRequire(path.join(input.pieceDir, 'package.json'));
  const shared = requireFromPiece('@activepieces/shared');
  const exports = requireFromPiece(path.resolve(input.pieceDir));
  const piece = Object.values(exports).find((value) => value && typeof value.metadata === 'function' && typeof value.getAction === 'function');
  const gelato = await startFakeGelato();
  const gelatoUrl = `http://127.0.0.1:${gelato.address().port}`;
  const results = [];
  try {
    for (const step of input.steps) {
      const action = piece.getAction(step.action);
      const context = {
        executionType: 'BEGIN',
        auth: undefined,
        propsValue: { ...step.propsValue, baseUrl: gelatoUrl },
        store: memoryStore(),
        project: projectOf(input.apiUrl, apiKey, step.projectId),
        connections: engineConnections(shared, input.apiUrl, apiKey, step.projectId),
      };
      try {
        results.push({ label: step.label, ok: true, output: await action.run(context) });
      } catch (error) {
        results.push({ label: step.label, ok: false, name: error.name, reason: error.reason, externalId: error.externalId, message: error.message, cause: error.cause?.name });
      }
    }
  } finally {
    gelato.close();
  }
  process.stdout.write(JSON.stringify(results) + '\n');
})().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
