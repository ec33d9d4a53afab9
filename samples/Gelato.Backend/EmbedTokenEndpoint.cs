using Activepieces;
using Activepieces.Embedding;

namespace Gelato.Backend;

/// <summary>
/// <c>POST /embed-token</c>: what a SaaS backend does each time a user opens the embedded Activepieces builder —
/// make sure the org's project and its Gelato connection exist (<c>EnsureGelatoConnectionAsync</c>: no HTTP request when
/// nothing changed), then mint the embed token.
/// </summary>
public static partial class EmbedTokenEndpoint
{
    /// <summary>Handles the request.</summary>
    /// <param name="request">The body.</param>
    /// <param name="client">The Activepieces client.</param>
    /// <param name="settings">The customers' credentials.</param>
    /// <param name="tokens">The embed-token signer.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>200 with <see cref="EmbedTokenResponse"/>, 400/404 for bad input, 502 when Activepieces fails.</returns>
    public static async Task<IResult> HandleAsync(
        EmbedTokenRequest? request,
        IActivepiecesClient client,
        CustomerSettingsStore settings,
        ActivepiecesEmbedToken tokens,
        ILogger<EmbedTokenRequest> logger,
        CancellationToken cancellationToken)
    {
        var errors = EmbedTokenRequestValidator.Validate(request);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The embed-token request is invalid.");
        }

        var orgId = request!.OrgId!;
        if (settings.FindGelato(orgId) is not { } gelato)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "The org has no Gelato credentials.",
                detail: $"No Gelato credentials are stored for org '{orgId}'.");
        }

        try
        {
            var project = await client.Projects.GetOrCreateAsync(orgId, cancellationToken: cancellationToken).ConfigureAwait(false);
            await client.EnsureGelatoConnectionAsync(orgId, gelato, cancellationToken).ConfigureAwait(false);
            var token = tokens.CreateToken(new EmbedTokenClaims
            {
                ExternalUserId = request.UserId!,
                ExternalProjectId = orgId,
                FirstName = request.FirstName!,
                LastName = request.LastName!,
            });
            return Results.Ok(new EmbedTokenResponse(token, project.Id, GelatoConnection.ExternalIdFor(orgId)));
        }
        catch (ActivepiecesApiException exception)
        {
            // The exception carries status, code, method and path — never the API key or the credentials.
            LogActivepiecesFailure(logger, exception.Method, exception.Path, (int)exception.StatusCode, exception.Code);
            return Results.Problem(
                statusCode: StatusCodes.Status502BadGateway,
                title: "Activepieces rejected the request.",
                detail: $"{exception.Method} {exception.Path} answered {(int)exception.StatusCode} {exception.Code}.");
        }
        catch (HttpRequestException exception)
        {
            LogActivepiecesUnreachable(logger, exception.HttpRequestError);
            return Results.Problem(
                statusCode: StatusCodes.Status502BadGateway,
                title: "Activepieces is unreachable.",
                detail: exception.HttpRequestError.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activepieces answered {Method} {Path} with {StatusCode} {Code}")]
    private static partial void LogActivepiecesFailure(ILogger logger, string method, string path, int statusCode, string? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activepieces is unreachable ({Error})")]
    private static partial void LogActivepiecesUnreachable(ILogger logger, HttpRequestError error);
}
