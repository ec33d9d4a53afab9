using System.Text.RegularExpressions;

namespace Activepieces.Connections.IntegrationTests.Docs;

/// <summary>
/// One <c>```csharp</c> block of a Markdown file: where it is, its code (without the common indentation of a block
/// inside a list) and how it is compiled.
/// </summary>
/// <remarks>
/// A block is a C# file of its own unless the line before its fence marks it
/// <c>&lt;!-- snippet: fragment(ActivepiecesClient client, CancellationToken ct) --&gt;</c>: then its statements are
/// compiled in the body of an async method with those parameters (the variables the surrounding text talks about),
/// and its usings and type declarations stay at file level.
/// </remarks>
/// <param name="File">The Markdown file, relative to the repository root, with '/' separators.</param>
/// <param name="Line">The 1-based line of the first code line (the line after the fence).</param>
/// <param name="Code">The code.</param>
/// <param name="FragmentParameters">The method parameters of a fragment; null for a whole file.</param>
public sealed partial record MarkdownSnippet(string File, int Line, string Code, string? FragmentParameters)
{
    /// <summary>The Markdown files whose C# blocks are compiled: the READMEs and the top-level docs pages.</summary>
    /// <param name="root">The repository root.</param>
    /// <returns>Relative paths, sorted.</returns>
    /// <remarks>
    /// <c>docs/diagnostics/*.md</c> is not among them: each page shows code that deliberately fails to compile (its
    /// "Wrong" example) against metadata the page does not hold; the analyzer tests check those diagnostics.
    /// </remarks>
    public static IReadOnlyList<string> Files(string root)
    {
        var files = new List<string> { "README.md" };
        files.AddRange(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md").Select(f => Path.GetRelativePath(root, f)));
        files.AddRange(Directory.EnumerateDirectories(Path.Combine(root, "src"))
            .Select(d => Path.Combine(d, "README.md"))
            .Where(System.IO.File.Exists)
            .Select(f => Path.GetRelativePath(root, f)));
        return files.Select(f => f.Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Reads every <c>```csharp</c> block of a Markdown file.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="file">The file, relative to the root.</param>
    /// <returns>The blocks in file order.</returns>
    /// <exception cref="InvalidOperationException">A block is not closed, or a snippet marker is not understood.</exception>
    public static IReadOnlyList<MarkdownSnippet> Read(string root, string file)
    {
        var lines = System.IO.File.ReadAllLines(Path.Combine(root, file));
        var snippets = new List<MarkdownSnippet>();
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = Fence().Match(lines[i]);
            if (!fence.Success || fence.Groups["lang"].Value != "csharp")
            {
                continue;
            }

            var indent = fence.Groups["indent"].Value.Length;
            var start = i + 1;
            var end = start;
            while (end < lines.Length && !lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                end++;
            }

            if (end == lines.Length)
            {
                throw new InvalidOperationException($"{file}:{i + 1}: the ```csharp block is not closed.");
            }

            var code = string.Join('\n', lines[start..end].Select(l => l.Length >= indent && l[..indent].Trim().Length == 0 ? l[indent..] : l.TrimStart()));
            snippets.Add(new MarkdownSnippet(file, start + 1, code, MarkerBefore(lines, i, file)));
            i = end;
        }

        return snippets;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}";

    private static string? MarkerBefore(string[] lines, int fenceIndex, string file)
    {
        var previous = fenceIndex - 1;
        while (previous >= 0 && lines[previous].Trim().Length == 0)
        {
            previous--;
        }

        if (previous < 0 || !lines[previous].TrimStart().StartsWith("<!-- snippet:", StringComparison.Ordinal))
        {
            return null;
        }

        var marker = Marker().Match(lines[previous].Trim());
        return marker.Success
            ? marker.Groups["parameters"].Value
            : throw new InvalidOperationException($"{file}:{previous + 1}: a snippet marker is '<!-- snippet: fragment(parameters) -->'.");
    }

    [GeneratedRegex(@"^(?<indent>\s*)```(?<lang>[A-Za-z#+-]*)\s*$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^<!-- snippet: fragment\((?<parameters>.*)\) -->$")]
    private static partial Regex Marker();
}
