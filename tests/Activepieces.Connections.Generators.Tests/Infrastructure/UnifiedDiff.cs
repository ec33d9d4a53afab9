using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace Activepieces.Connections.Generators.Tests.Infrastructure;

/// <summary>A compact unified diff (<c>@@</c> hunks with three lines of context) of two texts, via DiffPlex.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff from <paramref name="expected"/> to <paramref name="actual"/>; empty when equal.</summary>
    public static string Create(string expected, string actual, string expectedName, string actualName)
    {
        DiffResult diff = Differ.Instance.CreateLineDiffs(expected, actual, ignoreWhitespace: false, ignoreCase: false);
        if (diff.DiffBlocks.Count == 0)
        {
            return string.Empty;
        }

        var output = new StringBuilder();
        output.Append("--- ").AppendLine(expectedName);
        output.Append("+++ ").AppendLine(actualName);
        foreach (DiffBlock block in diff.DiffBlocks)
        {
            int startA = Math.Max(0, block.DeleteStartA - Context);
            int endA = Math.Min(diff.PiecesOld.Count, block.DeleteStartA + block.DeleteCountA + Context);
            int startB = Math.Max(0, block.InsertStartB - Context);
            output.Append("@@ -").Append(startA + 1).Append(',').Append(endA - startA)
                .Append(" +").Append(startB + 1).AppendLine(" @@");
            for (int i = startA; i < block.DeleteStartA; i++)
            {
                output.Append(' ').AppendLine(diff.PiecesOld[i]);
            }

            for (int i = 0; i < block.DeleteCountA; i++)
            {
                output.Append('-').AppendLine(diff.PiecesOld[block.DeleteStartA + i]);
            }

            for (int i = 0; i < block.InsertCountB; i++)
            {
                output.Append('+').AppendLine(diff.PiecesNew[block.InsertStartB + i]);
            }

            for (int i = block.DeleteStartA + block.DeleteCountA; i < endA; i++)
            {
                output.Append(' ').AppendLine(diff.PiecesOld[i]);
            }
        }

        return output.ToString();
    }
}
