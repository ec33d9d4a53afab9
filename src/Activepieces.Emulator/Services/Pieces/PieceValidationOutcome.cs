namespace Activepieces.Emulator.Services.Pieces;

/// <summary>What a piece's validation answered: its message (invalid), nothing (valid) or an engine failure.</summary>
/// <param name="Error">The piece's message when it rejected the value.</param>
/// <param name="EngineFailed">Whether the validation threw (the engine operation failed).</param>
/// <param name="ExceptionType">The type name of what it threw; never its message, which may quote the value.</param>
internal sealed record PieceValidationOutcome(string? Error, bool EngineFailed, string? ExceptionType)
{
    /// <summary>The value was accepted (or the piece has no validation).</summary>
    public static readonly PieceValidationOutcome Valid = new(null, EngineFailed: false, ExceptionType: null);
}
