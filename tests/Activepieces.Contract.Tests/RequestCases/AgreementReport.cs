namespace Activepieces.Contract.Tests.RequestCases;

/// <summary>Summarizes and asserts agreement between the real schemas and the emulator over a set of verdicts.</summary>
internal static class AgreementReport
{
    /// <summary>At least this many cases must be generated, half accepted-ish, so the comparison cannot be vacuous.</summary>
    private const int MinimumCases = 500;

    /// <summary>
    /// Prints <c>{title}: agreed/total cases (schemas: …)</c> and fails with every disagreement when not 100%. Also fails
    /// when the corpus is too small or some schema lacks accepted or rejected cases (a comparison that could not fail).
    /// </summary>
    public static void AssertFullAgreement(string title, IReadOnlyList<Verdict> verdicts)
    {
        var perSchema = verdicts.GroupBy(v => v.Case.Schema)
            .Select(g => $"{g.Key} {g.Count(v => v.Agrees)}/{g.Count()} ({g.Count(v => v.Real.Accepted)} valid)")
            .ToList();
        var agreed = verdicts.Count(v => v.Agrees);
        TestReport.WriteLine($"{title}: {agreed}/{verdicts.Count} cases (schemas: {string.Join(", ", perSchema)})");

        var disagreements = verdicts.Where(v => !v.Agrees).Select(v => v.Describe()).ToList();
        Assert.True(disagreements.Count == 0,
            $"{disagreements.Count} of {verdicts.Count} cases disagree:{Environment.NewLine}{string.Join(Environment.NewLine, disagreements)}");
        Assert.True(verdicts.Count >= MinimumCases, $"Only {verdicts.Count} cases; at least {MinimumCases} are required.");
        foreach (var schema in verdicts.GroupBy(v => v.Case.Schema))
        {
            Assert.True(schema.Any(v => v.Real.Accepted) && schema.Any(v => !v.Real.Accepted),
                $"{schema.Key} needs both valid and invalid cases for the comparison to mean anything.");
        }
    }
}
