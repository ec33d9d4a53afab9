using System.Text.Json;
using System.Text.Json.Serialization;

namespace Activepieces.Cli.Drift;

/// <summary>The <c>--json</c> report of <c>pieces check</c>.</summary>
/// <param name="Breaking">Whether any piece drifted in a breaking way.</param>
/// <param name="Pieces">One entry per checked file, in file order.</param>
internal sealed record DriftReport(bool Breaking, IReadOnlyList<DriftReport.CheckedFile> Pieces)
{
    public static DriftReport From(IReadOnlyList<PieceCheckResult> results) => new(
        results.Any(r => r.HasBreakingDrift),
        [.. results.Select(r => new CheckedFile(
            r.File.Replace('\\', '/'),
            r.Piece,
            r.PulledVersion,
            r.CurrentVersion,
            r.Updated,
            r.Error,
            r.HasBreakingDrift,
            [.. r.Findings.Select(f => new Change(f.Kind, f.AuthType, f.Prop, f.Before, f.After, f.IsBreaking))]))]);

    /// <summary>One checked file.</summary>
    /// <param name="File">The file, with <c>/</c> separators on every OS.</param>
    /// <param name="Piece">The piece's npm name, or null when the file could not be read.</param>
    /// <param name="PulledVersion">The version in the file.</param>
    /// <param name="CurrentVersion">The version the instance answered, or null on error.</param>
    /// <param name="Updated">Whether <c>--update</c> rewrote the file.</param>
    /// <param name="Error">Why the file could not be checked, or null.</param>
    /// <param name="Breaking">Whether a change breaks records written for the pulled metadata.</param>
    /// <param name="Findings">The auth changes.</param>
    internal sealed record CheckedFile(
        string File,
        string? Piece,
        string? PulledVersion,
        string? CurrentVersion,
        bool Updated,
        string? Error,
        bool Breaking,
        IReadOnlyList<Change> Findings);

    /// <summary>One change of a piece's auth.</summary>
    /// <param name="Kind">What changed, as camelCase (<c>propAddedRequired</c>).</param>
    /// <param name="Auth">The auth entry's wire type.</param>
    /// <param name="Prop">The prop key, or null for a change of the auth entry itself.</param>
    /// <param name="Before">The old value (a type, an option), if the kind has one.</param>
    /// <param name="After">The new value, if the kind has one.</param>
    /// <param name="Breaking">Whether records written for the old metadata stop fitting the piece.</param>
    internal sealed record Change(
        [property: JsonConverter(typeof(CamelCaseKindConverter))] DriftKind Kind,
        string Auth,
        string? Prop,
        string? Before,
        string? After,
        bool Breaking);

    /// <summary>Writes a <see cref="DriftKind"/> as the camelCase of its name.</summary>
    internal sealed class CamelCaseKindConverter() : JsonStringEnumConverter<DriftKind>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);
}
