namespace Activepieces.Cli.Drift;

/// <summary>The outcome of checking one <c>*.piece.json</c> against the instance.</summary>
/// <param name="File">The file, as displayed.</param>
/// <param name="Piece">The piece's npm name, or null when the file could not be read.</param>
/// <param name="PulledVersion">The version in the file.</param>
/// <param name="CurrentVersion">The version the instance answered, or null on error.</param>
/// <param name="Findings">The auth changes.</param>
/// <param name="Error">Why the file could not be checked, or null.</param>
/// <param name="Updated">Whether <c>--update</c> rewrote the file.</param>
internal sealed record PieceCheckResult(
    string File,
    string? Piece,
    string? PulledVersion,
    string? CurrentVersion,
    IReadOnlyList<DriftFinding> Findings,
    string? Error = null,
    bool Updated = false)
{
    public bool HasBreakingDrift => Findings.Any(f => f.IsBreaking);
}
