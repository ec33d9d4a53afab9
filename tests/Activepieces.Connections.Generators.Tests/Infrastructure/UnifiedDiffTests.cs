using Activepieces.Connections.Generators.Tests.Infrastructure;

namespace Activepieces.Connections.Generators.Tests.Infrastructure;

/// <summary>The diff printed by a failing snapshot assertion.</summary>
public sealed class UnifiedDiffTests
{
    [Fact]
    public void Equal_texts_have_no_diff() => Assert.Equal(string.Empty, UnifiedDiff.Create("a\nb\n", "a\nb\n", "old", "new"));

    [Fact]
    public void A_changed_line_is_shown_with_context_and_hunk_ranges()
    {
        var expected = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        var actual = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";

        var diff = UnifiedDiff.Create(expected, actual, "old", "new");

        Assert.Equal("--- old\n+++ new\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", diff.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Close_changes_share_one_hunk()
    {
        var diff = UnifiedDiff.Create("a\nb\nc\nd\n", "A\nb\nc\nD\n", "old", "new");

        Assert.Single(diff.Split('\n'), line => line.StartsWith("@@", StringComparison.Ordinal));
    }
}
