#!/usr/bin/env node
// Validates a batch of JSON values against the REAL Zod schemas of @activepieces/shared (the version pinned in
// package.json). Used by the .NET contract tests (tests/Activepieces.TestSupport/ContractValidator.cs), one process per
// batch.
//
// Input (stdin, or the file named by the first argument): a JSON array of cases
//   [{"id": "any string", "schema": "UpsertGlobalConnectionRequestBody", "direction": "input" | "output", "json": <value>}]
// For query-string schemas (List*Query*), "json" is either the raw query string without "?" (e.g. "limit=5&status[]=A"),
// parsed with qs.parse exactly as the server's `querystringParser: qs.parse` does, or an already parsed object.
//
// Output (stdout): a JSON array, one result per case, in input order:
//   {"id", "accepted": bool, "issues": [{"path": "value/secret_text", "code": "too_small", "message": "..."}],
//    "unknownKeys": ["owner/foo"], "error": "only when the case itself is malformed, e.g. an unknown schema"}
// "accepted" is exactly `schema.safeParse(json).success`. "unknownKeys" lists the object keys the schema does not know
// (Zod strips them silently); for output schemas they reveal fields the real server would never send.
// Union failures list every branch's issues, prefixed with the branch index (e.g. "[branch 0] ...").
//
// Exit codes: 0 when the batch was processed (whatever the verdicts), 2 when the batch itself is unreadable.
'use strict';

const fs = require('fs');
const shared = require('@activepieces/shared');
const qs = require('qs');

const input = (name) => ({ schema: shared[name], direction: 'input' });
const query = (name) => ({ schema: shared[name], direction: 'input', query: true });
const output = (schema) => ({ schema, direction: 'output' });

/** Every schema the repository validates against, by the name the tests use. */
const SCHEMAS = {
    UpsertGlobalConnectionRequestBody: input('UpsertGlobalConnectionRequestBody'),
    UpsertAppConnectionRequestBody: input('UpsertAppConnectionRequestBody'),
    UpdateGlobalConnectionValueRequestBody: input('UpdateGlobalConnectionValueRequestBody'),
    UpdateConnectionValueRequestBody: input('UpdateConnectionValueRequestBody'),
    CreatePlatformProjectRequest: input('CreatePlatformProjectRequest'),
    UpdateProjectPlatformRequest: input('UpdateProjectPlatformRequest'),
    ListGlobalConnectionsRequestQuery: query('ListGlobalConnectionsRequestQuery'),
    ListAppConnectionsRequestQuery: query('ListAppConnectionsRequestQuery'),
    ListProjectRequestForPlatformQueryParams: query('ListProjectRequestForPlatformQueryParams'),
    AppConnectionWithoutSensitiveData: output(shared.AppConnectionWithoutSensitiveData),
    ProjectWithLimits: output(shared.ProjectWithLimits),
    'SeekPage<AppConnectionWithoutSensitiveData>': output(shared.SeekPage(shared.AppConnectionWithoutSensitiveData)),
    'SeekPage<ProjectWithLimits>': output(shared.SeekPage(shared.ProjectWithLimits)),
};

for (const [name, entry] of Object.entries(SCHEMAS)) {
    if (!entry.schema || typeof entry.schema.safeParse !== 'function') {
        fail(`@activepieces/shared does not export a Zod schema for ${name}; is the pinned version installed (npm ci)?`);
    }
}

function fail(message) {
    process.stderr.write(`validate.js: ${message}\n`);
    process.exit(2);
}

function readBatch() {
    const file = process.argv[2];
    let text;
    try {
        text = file ? fs.readFileSync(file, 'utf8') : fs.readFileSync(0, 'utf8');
    } catch (e) {
        fail(`cannot read ${file ?? 'stdin'}: ${e.message}`);
    }
    let batch;
    try {
        batch = JSON.parse(text);
    } catch (e) {
        fail(`the batch is not valid JSON: ${e.message}`);
    }
    if (!Array.isArray(batch)) {
        fail('the batch must be a JSON array of {id, schema, direction, json}');
    }
    batch.forEach((c, i) => {
        if (c === null || typeof c !== 'object' || Array.isArray(c)) fail(`case #${i} is not an object`);
        if (typeof c.id !== 'string') fail(`case #${i} has no string "id"`);
        if (typeof c.schema !== 'string') fail(`case "${c.id}" has no string "schema"`);
        if (c.direction !== 'input' && c.direction !== 'output') fail(`case "${c.id}" has "direction" other than "input" or "output"`);
        if (!Object.prototype.hasOwnProperty.call(c, 'json')) fail(`case "${c.id}" has no "json"`);
    });
    return batch;
}

const pathOf = (path) => path.map(String).join('/');

function flattenIssues(issues, prefix, label, out) {
    for (const issue of issues) {
        const path = pathOf([...prefix, ...issue.path]);
        if (issue.code === 'invalid_union' && Array.isArray(issue.errors) && issue.errors.length > 0) {
            out.push({ path, code: issue.code, message: `${label}${issue.message}` });
            issue.errors.forEach((branchIssues, b) => {
                flattenIssues(branchIssues, [...prefix, ...issue.path], `${label}[branch ${b}] `, out);
            });
        } else {
            out.push({ path, code: issue.code, message: `${label}${issue.message}` });
        }
    }
    return out;
}

const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Keys of `raw` that the parsed `data` dropped (Zod strips unknown keys), recursively. */
function unknownKeys(raw, data, prefix, out) {
    if (isPlainObject(raw) && isPlainObject(data)) {
        for (const key of Object.keys(raw)) {
            const path = [...prefix, key];
            if (!Object.prototype.hasOwnProperty.call(data, key)) out.push(pathOf(path));
            else unknownKeys(raw[key], data[key], path, out);
        }
    } else if (Array.isArray(raw) && Array.isArray(data) && raw.length === data.length) {
        raw.forEach((item, i) => unknownKeys(item, data[i], [...prefix, i], out));
    }
    return out;
}

function validate(c) {
    const entry = Object.prototype.hasOwnProperty.call(SCHEMAS, c.schema) ? SCHEMAS[c.schema] : undefined;
    if (!entry) {
        return { id: c.id, accepted: false, issues: [], unknownKeys: [], error: `unknown schema "${c.schema}"; known: ${Object.keys(SCHEMAS).join(', ')}` };
    }
    if (entry.direction !== c.direction) {
        return { id: c.id, accepted: false, issues: [], unknownKeys: [], error: `schema "${c.schema}" is an ${entry.direction} schema, the case says ${c.direction}` };
    }
    const value = entry.query && typeof c.json === 'string' ? qs.parse(c.json) : c.json;
    const result = entry.schema.safeParse(value);
    if (result.success) {
        return { id: c.id, accepted: true, issues: [], unknownKeys: unknownKeys(value, result.data, [], []) };
    }
    return { id: c.id, accepted: false, issues: flattenIssues(result.error.issues, [], '', []), unknownKeys: [] };
}

const results = readBatch().map(validate);
process.stdout.write(JSON.stringify(results));
