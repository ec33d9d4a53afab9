using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Activepieces.Cli.CommandLine;

/// <summary>
/// Tokens that look like options (<c>--ouput</c>, <c>-x</c>) but name none of the command's. System.CommandLine reports
/// such a token as an unmatched one, or, when the command has a variadic argument (<c>pieces pull &lt;piece&gt;...</c>),
/// silently takes it as one more value. An argument that starts with <c>-</c> is never a value here, unless it follows
/// <c>--</c>; an option's own value (<c>--output -</c>) is not looked at.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>One message per unknown option, naming it and the closest option of the command, if any is close.</summary>
    /// <param name="parseResult">The parse of the whole command line.</param>
    /// <returns><c>unknown option '--ouput'; did you mean '--output'?</c>, …; empty when there are none.</returns>
    public static IReadOnlyList<string> Find(ParseResult parseResult)
    {
        var doubleDash = -1;
        for (var i = 0; i < parseResult.Tokens.Count; i++)
        {
            if (parseResult.Tokens[i].Type == TokenType.DoubleDash)
            {
                doubleDash = i;
                break;
            }
        }

        var suspects = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as CommandResult)
        {
            foreach (var argument in result.Children.OfType<ArgumentResult>())
            {
                suspects.AddRange(argument.Tokens
                    .Where(token => doubleDash < 0 || IndexOf(parseResult.Tokens, token) < doubleDash)
                    .Select(token => token.Value));
            }
        }

        suspects.AddRange(parseResult.UnmatchedTokens);
        var command = parseResult.CommandResult.Command;
        return suspects
            .Where(LooksLikeOption)
            .Select(token => token.Split('=', ':')[0])
            .Distinct(StringComparer.Ordinal)
            .Select(name => Closest(name, command) is { } known
                ? $"unknown option '{name}'; did you mean '{known}'?"
                : $"unknown option '{name}'.")
            .ToArray();
    }

    /// <summary>
    /// The option of <paramref name="command"/> (its own and the recursive ones of its parents) whose name or alias is
    /// closest to <paramref name="name"/>: one that <paramref name="name"/> abbreviates, else one within a third of its
    /// length in edits (at least one edit).
    /// </summary>
    internal static string? Closest(string name, Command command)
    {
        var candidates = command.Options
            .Concat(command.Parents.OfType<Command>().SelectMany(Ancestry).SelectMany(parent => parent.Options).Where(option => option.Recursive))
            .Where(option => !option.Hidden)
            .SelectMany(option => option.Aliases.Prepend(option.Name))
            .Where(candidate => candidate.StartsWith("--", StringComparison.Ordinal) == name.StartsWith("--", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        var typed = name.TrimStart('-');
        if (typed.Length >= 2 && candidates.Where(c => c.TrimStart('-').StartsWith(typed, StringComparison.OrdinalIgnoreCase)).ToArray() is [var abbreviated])
        {
            return abbreviated;
        }

        return candidates
            .Select(candidate => (Candidate: candidate, Distance: EditDistance(typed, candidate.TrimStart('-'))))
            .Where(match => match.Distance <= Math.Max(1, match.Candidate.TrimStart('-').Length / 3))
            .OrderBy(match => match.Distance)
            .Select(match => match.Candidate)
            .FirstOrDefault();
    }

    private static IEnumerable<Command> Ancestry(Command command)
    {
        yield return command;
        foreach (var parent in command.Parents.OfType<Command>().SelectMany(Ancestry))
        {
            yield return parent;
        }
    }

    /// <summary>A lone <c>-</c> (stdin, stdout) and negative numbers are values.</summary>
    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-'
        && !double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static int IndexOf(IReadOnlyList<Token> tokens, Token token)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ReferenceEquals(tokens[i], token))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Edits (insert, delete, substitute, swap two neighbours) between two names, ignoring case.</summary>
    private static int EditDistance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
