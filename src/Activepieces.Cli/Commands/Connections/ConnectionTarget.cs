using System.CommandLine;
using Activepieces.Cli.CommandLine;
using Activepieces.Cli.Pieces;

namespace Activepieces.Cli.Commands.Connections;

/// <summary>
/// <c>--piece</c> and <c>--prefix</c>, shared by the <c>connections</c> commands: which piece's connections, named
/// <c>{prefix}{org}</c>, a command looks at. The prefix defaults to the piece's, by <see cref="ExternalIdPrefixes.DefaultFor"/>.
/// </summary>
internal sealed class ConnectionTarget
{
    public Option<string> Piece { get; } = new("--piece")
    {
        Description = "The piece: mysql, piece-mysql or @activepieces/piece-mysql.",
        HelpName = "name",
        Required = true,
    };

    public Option<string> Prefix { get; } = new("--prefix")
    {
        Description = "The connection external id prefix: the connection of org X is named {prefix}X (default: the piece's short name and '_', e.g. mysql_, as the generator and 'pieces scaffold' derive it).",
        HelpName = "prefix",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Piece);
        command.Options.Add(Prefix);
    }

    /// <summary>The descriptor of the parsed piece and prefix.</summary>
    /// <exception cref="CliException">The piece name or the prefix is invalid.</exception>
    public PredefinedConnectionDescriptor Resolve(ParseResult parseResult)
    {
        var piece = PieceName.Parse(parseResult.GetValue(Piece) ?? string.Empty);
        // The generator's default ExternalIdPrefix, so that a record scaffolded without --prefix needs none here either.
        var prefix = parseResult.GetValue(Prefix) ?? ExternalIdPrefixes.DefaultFor(piece.FullName);
        if (ExternalIdPrefixes.Problem(prefix) is { } problem)
        {
            throw new CliException($"--prefix '{prefix}' {problem} (flows reference connections by '<prefix><project id>'), e.g. mysql_.");
        }

        // Audit and diagnose read connections of any auth type; the descriptor's auth type only matters for upserts.
        return new PredefinedConnectionDescriptor(piece.FullName, AuthType.CustomAuth, prefix, piece.ShortName);
    }
}
