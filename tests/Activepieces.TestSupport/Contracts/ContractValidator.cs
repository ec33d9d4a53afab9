using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace Activepieces.TestSupport;

/// <summary>
/// Checks JSON values against the REAL Zod schemas of <c>@activepieces/shared</c> (the version pinned in
/// <c>tests/contract/package.json</c>) by running <c>node tests/contract/validate.js</c> once per batch.
/// </summary>
/// <remarks>
/// Needs <c>node</c> on the PATH and the npm packages of <c>tests/contract</c>, which building this project installs
/// (<c>tests/contract/NpmRestore.targets</c>); otherwise every call throws
/// <see cref="InvalidOperationException"/> saying so (a contract test must fail, never skip, without its oracle).
/// Batch cases: one node start costs ~0.3 s, a case costs microseconds.
/// </remarks>
/// <example>
/// <code>
/// var results = await ContractValidator.ValidateAsync(
///     [ContractCase.Input("upsert", ContractSchemas.UpsertGlobalConnectionRequestBody, bodyJson)], ct);
/// Assert.True(results[0].Accepted, results[0].Describe());
/// </code>
/// </example>
public static class ContractValidator
{
    private const string NodeExecutable = "node";

    /// <summary>Validates every case in one node run.</summary>
    /// <param name="cases">The cases; ids must be unique.</param>
    /// <param name="cancellationToken">Cancels the run (the node process is killed).</param>
    /// <returns>One result per case, in the order of <paramref name="cases"/>.</returns>
    /// <exception cref="ArgumentException">Two cases share an id.</exception>
    /// <exception cref="InvalidOperationException">
    /// node or the npm packages are missing, the harness failed, or a case names an unknown schema or the wrong direction.
    /// </exception>
    public static Task<IReadOnlyList<ContractResult>> ValidateAsync(IEnumerable<ContractCase> cases, CancellationToken cancellationToken) =>
        ValidateAsync(cases, NodeExecutable, cancellationToken);

    /// <summary>As <see cref="ValidateAsync(IEnumerable{ContractCase}, CancellationToken)"/>, with the node executable to run (tests of the failure path).</summary>
    internal static async Task<IReadOnlyList<ContractResult>> ValidateAsync(IEnumerable<ContractCase> cases, string nodeExecutable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var batch = cases.ToList();
        var duplicate = batch.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Contract case id '{duplicate.Key}' is used {duplicate.Count()} times; ids must be unique.", nameof(cases));
        }

        if (batch.Count == 0)
        {
            return [];
        }

        var contractDirectory = LocateContractDirectory();
        var output = await RunNodeAsync(nodeExecutable, contractDirectory, SerializeBatch(batch), cancellationToken).ConfigureAwait(false);
        return ParseResults(batch, output);
    }

    /// <summary>Validates one case (one node run; prefer batching several).</summary>
    /// <param name="contractCase">The case.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The real schema's verdict.</returns>
    public static async Task<ContractResult> ValidateAsync(ContractCase contractCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contractCase);
        var results = await ValidateAsync([contractCase], cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>The repository's <c>tests/contract</c> folder, checked to hold the installed npm packages.</summary>
    /// <exception cref="InvalidOperationException">The repository root or <c>node_modules</c> cannot be found.</exception>
    public static string LocateContractDirectory()
    {
        var contract = RepositoryRoot.Combine("tests/contract");
        if (!Directory.Exists(Path.Combine(contract, "node_modules", "@activepieces", "shared")))
        {
            throw new InvalidOperationException(
                $"The real @activepieces/shared package is not installed in {contract}: build tests/Activepieces.TestSupport (it runs `npm ci` there) or run `npm ci` in that folder.");
        }

        return contract;
    }

    private static byte[] SerializeBatch(List<ContractCase> batch)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var c in batch)
            {
                writer.WriteStartObject();
                writer.WriteString("id", c.Id);
                writer.WriteString("schema", c.Schema);
                writer.WriteString("direction", c.Direction == ContractDirection.Input ? "input" : "output");
                writer.WritePropertyName("json");

                // The raw text, not WriteTo: JSON may escape lone surrogates ("\ud800"), which JavaScript accepts but
                // JsonElement cannot re-encode.
                writer.WriteRawValue(c.Json.GetRawText(), skipInputValidation: true);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static async Task<string> RunNodeAsync(string nodeExecutable, string contractDirectory, byte[] batch, CancellationToken cancellationToken)
    {
        ChildProcess process;
        try
        {
            process = ChildProcess.Start(nodeExecutable, ["validate.js"], contractDirectory, standardInput: batch);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                "node is required for the contract tests (tests/contract/validate.js runs the real @activepieces/shared schemas); install Node.js 20+ and run `npm ci` in tests/contract.", e);
        }

        await using (process.ConfigureAwait(false))
        {
            var exitCode = await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (exitCode != 0)
            {
                throw new InvalidOperationException(
                    $"tests/contract/validate.js failed (exit code {exitCode}): {string.Join(Environment.NewLine, process.Output).Trim()}");
            }

            return string.Join('\n', process.StandardOutput);
        }
    }

    private static List<ContractResult> ParseResults(List<ContractCase> batch, string output)
    {
        using var document = JsonDocument.Parse(output);
        var results = new List<ContractResult>(batch.Count);
        var caseErrors = new List<string>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var id = item.GetProperty("id").GetString()!;
            if (item.TryGetProperty("error", out var error))
            {
                caseErrors.Add($"{id}: {error.GetString()}");
                continue;
            }

            var issues = item.GetProperty("issues").EnumerateArray()
                .Select(i => new ContractIssue(i.GetProperty("path").GetString()!, i.GetProperty("code").GetString()!, i.GetProperty("message").GetString()!))
                .ToList();
            var unknownKeys = item.GetProperty("unknownKeys").EnumerateArray().Select(k => k.GetString()!).ToList();
            results.Add(new ContractResult(id, item.GetProperty("accepted").GetBoolean(), issues, unknownKeys));
        }

        if (caseErrors.Count > 0)
        {
            throw new InvalidOperationException($"Malformed contract cases: {string.Join("; ", caseErrors)}");
        }

        if (results.Count != batch.Count || results.Where((r, i) => !string.Equals(r.Id, batch[i].Id, StringComparison.Ordinal)).Any())
        {
            throw new InvalidOperationException("tests/contract/validate.js returned results that do not match the batch, case by case.");
        }

        return results;
    }
}
