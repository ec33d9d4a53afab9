using Activepieces.Connections.Generators.Diagnostics;
using Activepieces.Connections.Generators.Model;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>The outcome of <see cref="PieceAuthParser.Parse"/> for one <c>[PieceAuth]</c> type.</summary>
internal sealed record PieceAuthParseResult
{
    /// <summary>What prevents generation and is reported with the type, each with its descriptor, location and message arguments.</summary>
    public required EquatableArray<DiagnosticInfo> Problems { get; init; }

    /// <summary>
    /// What prevents generation and is reported with a containing type (<see cref="PieceAuthParser.ParseContainingType"/>):
    /// a containing type that is not partial.
    /// </summary>
    public required EquatableArray<DiagnosticInfo> ContainingTypeProblems { get; init; }

    /// <summary>The generation model, or null when the type or a containing type has a problem (then nothing is generated).</summary>
    public required ConnectionTypeModel? Model { get; init; }

    /// <summary>
    /// When <see cref="Model"/> is null: what the generator emits instead so that call sites still compile
    /// (<see cref="GenerationMode"/>), or null when no stand-in could compile either.
    /// </summary>
    public required ConnectionTypeModel? StandIn { get; init; }

    /// <summary>The type's valid external-id prefix and where it is written (for APC004), or null when the prefix is not valid.</summary>
    public required ExternalIdPrefixUse? ExternalIdPrefix { get; init; }
}

/// <summary>A valid external-id prefix of a <c>[PieceAuth]</c> type and where it comes from.</summary>
/// <param name="Prefix">The prefix.</param>
/// <param name="Location">The <c>ExternalIdPrefix</c> argument, or the piece name it is derived from.</param>
internal sealed record ExternalIdPrefixUse(string Prefix, LocationInfo? Location);
