using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Activepieces.Emulator.Http;
using Activepieces.Emulator.Pieces;
using Activepieces.Emulator.Services.AppConnections;

namespace Activepieces.Emulator.Services.Pieces;

/// <summary>
/// Runs the registered <see cref="PieceValidation"/>s: the emulator's stand-in for the engine's validate-auth operation
/// that <c>app-connection/app-connection-service/app-connection-service.ts</c> (<c>validateConnectionValue</c>) calls for
/// SECRET_TEXT, BASIC_AUTH, CUSTOM_AUTH and OIDC values.
/// </summary>
internal sealed class PieceValidator
{
    private readonly ConcurrentDictionary<string, PieceValidation> _validations = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;

    public PieceValidator(TimeProvider timeProvider) => _timeProvider = timeProvider;

    /// <summary>Whether upserts of <paramref name="type"/> run the piece's validation.</summary>
    public static bool Validates(string type) => type is AppConnectionTypes.SecretText or AppConnectionTypes.BasicAuth or AppConnectionTypes.CustomAuth or AppConnectionTypes.Oidc;

    /// <summary>Sets (or, with <see langword="null"/>, removes) the validation of <paramref name="pieceName"/>.</summary>
    public void Set(string pieceName, PieceValidation? validation)
    {
        if (validation is null)
        {
            _validations.TryRemove(pieceName, out _);
        }
        else
        {
            _validations[pieceName] = validation;
        }
    }

    /// <summary>
    /// Waits the piece's latency, then runs its check on <paramref name="valueJson"/> (references already resolved).
    /// Throws 400 <c>INVALID_APP_CONNECTION {error}</c> or <c>ENGINE_OPERATION_FAILURE</c>; neither body carries the value.
    /// </summary>
    public async Task ValidateAsync(string pieceName, string valueJson, CancellationToken cancellationToken)
    {
        var outcome = await CheckAsync(pieceName, valueJson, cancellationToken).ConfigureAwait(false);
        if (outcome.EngineFailed)
        {
            throw EngineFailure(outcome);
        }

        if (outcome.Error is { } error)
        {
            throw ApiErrors.Activepieces(ErrorCodes.InvalidAppConnection, new JsonObject { ["error"] = error });
        }
    }

    /// <summary>
    /// Waits the piece's latency, then runs its check on <paramref name="valueJson"/> (references already resolved):
    /// the piece's message, no message (valid, or no validation registered), or an engine failure (the check threw).
    /// </summary>
    public async Task<PieceValidationOutcome> CheckAsync(string pieceName, string valueJson, CancellationToken cancellationToken)
    {
        if (!_validations.TryGetValue(pieceName, out var validation))
        {
            return PieceValidationOutcome.Valid;
        }

        if (validation.Latency > TimeSpan.Zero)
        {
            await Task.Delay(validation.Latency, _timeProvider, cancellationToken).ConfigureAwait(false);
        }

        if (validation.Validate is not { } validate)
        {
            return PieceValidationOutcome.Valid;
        }

        try
        {
            using var document = JsonDocument.Parse(valueJson);
            return new PieceValidationOutcome(validate(document.RootElement), EngineFailed: false, ExceptionType: null);
        }
#pragma warning disable CA1031 // A throwing validate() is an engine failure on the server, answered as an error, never a crash.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // The exception message may quote the value; only its type is reported.
            return new PieceValidationOutcome(null, EngineFailed: true, exception.GetType().Name);
        }
    }

    /// <summary>The 400 <c>ENGINE_OPERATION_FAILURE</c> of the engine's validate-auth operation (type of the exception only).</summary>
    public static ApiErrorException EngineFailure(PieceValidationOutcome outcome) =>
        ApiErrors.Activepieces(ErrorCodes.EngineOperationFailure, EngineFailureParameters(outcome));

    /// <summary>The parameters of an engine failure: the operation's message and the exception type, never its text.</summary>
    public static JsonObject EngineFailureParameters(PieceValidationOutcome outcome) => new()
    {
        ["message"] = "Failed to run engine validate auth",
        ["context"] = new JsonObject { ["exception"] = outcome.ExceptionType },
    };
}
