using Activepieces.Connections.Generators.Model;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>The outcome of <see cref="PieceAuthParser.Parse"/> for one <c>[PieceAuth]</c> type.</summary>
internal sealed record PieceAuthParseResult
{
    /// <summary>The attribute arguments with defaults applied (always present, even when there are problems).</summary>
    public required PieceAuthSettings Settings { get; init; }

    /// <summary>Every member considered part of the value, in declaration order, with key, field, type kind, nullability and secrecy.</summary>
    public required EquatableArray<ConnectionMemberModel> Members { get; init; }

    /// <summary>Everything that prevents generation; empty when <see cref="Model"/> is not null.</summary>
    public required EquatableArray<ShapeProblem> Problems { get; init; }

    /// <summary>The generation model, or null when <see cref="Problems"/> is not empty.</summary>
    public ConnectionTypeModel? Model { get; init; }
}
