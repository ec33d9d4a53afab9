namespace Activepieces.Contract.Tests.Differential;

/// <summary>
/// The emulator, over HTTP, accepts and rejects exactly the requests the real schemas do; and when it refuses a
/// schema-valid request, it is for a reason the real server documents (unknown project or piece, non-semver piece
/// version, taken project externalId, failed OAuth claim), each named and counted in the output.
/// </summary>
public sealed class EmulatorDifferentialTests(EmulatorDifferentialRun run) : IClassFixture<EmulatorDifferentialRun>
{
    [Fact]
    public void Emulator_accepts_and_rejects_exactly_the_requests_the_real_schemas_do() =>
        AgreementReport.AssertFullAgreement("Differential agreement", run.Verdicts);

    [Fact]
    public void Schema_valid_requests_are_refused_only_for_documented_reasons()
    {
        var byReason = run.ServerRejections.GroupBy(r => r.Reason).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var succeeded = run.Verdicts.Count(v => v.Real.Accepted) - run.ServerRejections.Count;
        TestReport.WriteLine($"Schema-valid requests: {succeeded} succeeded, {run.ServerRejections.Count} refused by the server for another reason");
        foreach (var reason in byReason)
        {
            TestReport.WriteLine($"  {reason.Count()} × {reason.Key}, e.g. {string.Join(", ", reason.Take(3).Select(r => r.Case.Id))}");
        }

        var undocumented = byReason.Where(g => g.Key.StartsWith("UNDOCUMENTED", StringComparison.Ordinal))
            .SelectMany(g => g.Select(r => $"{r.Case.Id}: {g.Key}"))
            .ToList();
        Assert.True(undocumented.Count == 0, $"Schema-valid requests refused for undocumented reasons:{Environment.NewLine}{string.Join(Environment.NewLine, undocumented)}");
        Assert.True(succeeded > 100, $"Only {succeeded} schema-valid requests succeeded; the valid bodies should mostly go through.");
    }
}
