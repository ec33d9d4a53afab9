using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace Activepieces.Connections.Generators.Tests.Infrastructure;

/// <summary>A unified diff (<c>@@</c> hunks with three lines of context, close changes merged) of two texts, via DiffPlex.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff from <paramref name="expected"/> to <paramref name="actual"/>; empty when equal.</summary>
    public static string Create(string expected, string actual, string expectedName, string actualName)
    {
        var diff = Differ.Instance.CreateLineDiffs(expected, actual, ignoreWhitespace: false, ignoreCase: false);
        if (diff.DiffBlocks.Count == 0)
        {
            return string.Empty;
        }

        var output = new StringBuilder();
        output.Append("--- ").AppendLine(expectedName);
        output.Append("+++ ").AppendLine(actualName);
        foreach (var hunk in Hunks(diff.DiffBlocks))
        {
            AppendHunk(output, diff, hunk);
        }

        return output.ToString();
    }

    /// <summary>Groups blocks whose context windows touch, so that no line is printed twice.</summary>
    private static List<List<DiffBlock>> Hunks(IList<DiffBlock> blocks)
    {
        var hunks = new List<List<DiffBlock>> { new() { blocks[0] } };
        for (var i = 1; i < blocks.Count; i++)
        {
            var previous = hunks[^1][^1];
            if (blocks[i].DeleteStartA - (previous.DeleteStartA + previous.DeleteCountA) <= 2 * Context)
            {
                hunks[^1].Add(blocks[i]);
            }
            else
            {
                hunks.Add([blocks[i]]);
            }
        }

        return hunks;
    }

    private static void AppendHunk(StringBuilder output, DiffResult diff, List<DiffBlock> hunk)
    {
        var first = hunk[0];
        var last = hunk[^1];
        var startA = Math.Max(0, first.DeleteStartA - Context);
        var endA = Math.Min(diff.PiecesOld.Count, last.DeleteStartA + last.DeleteCountA + Context);
        var startB = Math.Max(0, first.InsertStartB - Context);
        var endB = Math.Min(diff.PiecesNew.Count, last.InsertStartB + last.InsertCountB + Context);
        output.Append("@@ -").Append(startA + 1).Append(',').Append(endA - startA)
            .Append(" +").Append(startB + 1).Append(',').Append(endB - startB).AppendLine(" @@");

        var cursor = startA;
        foreach (var block in hunk)
        {
            for (; cursor < block.DeleteStartA; cursor++)
            {
                output.Append(' ').AppendLine(diff.PiecesOld[cursor]);
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                output.Append('-').AppendLine(diff.PiecesOld[block.DeleteStartA + i]);
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                output.Append('+').AppendLine(diff.PiecesNew[block.InsertStartB + i]);
            }

            cursor = block.DeleteStartA + block.DeleteCountA;
        }

        for (; cursor < endA; cursor++)
        {
            output.Append(' ').AppendLine(diff.PiecesOld[cursor]);
        }
    }
}
