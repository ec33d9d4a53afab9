using Activepieces;
using Activepieces.Embedding;

namespace Gelato.Backend;

/// <summary>
/// <c>POST /embed-token</c>: what a SaaS backend does each time a user opens the embedded Activepieces builder —
/// make sure the org's project and its Gelato connection exist (<c>EnsureGelatoConnectionAsync</c>: no HTTP request when
/// nothing changed), then mint the embed token, a v4 token naming the plan tier's piece set (<see cref="PlanPieceSet"/>).
/// </summary>
public static class EmbedTokenEndpoint
{
    /// <summary>Handles the request.</summary>
    /// <param name="request">The body.</param>
    /// <param name="client">The Activepieces client.</param>
    /// <param name="settings">The customers' credentials.</param>
    /// <param name="tokens">The embed-token signer.</param>
    /// <param name="pieceSet">The plan tier's piece set.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="httpContext">The request (for the <c>Retry-After</c> header of a 503).</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>
    /// 200 with <see cref="EmbedTokenResponse"/>; 400/404 for bad input; when Activepieces fails, 503 with
    /// <c>Retry-After</c> (outage), 422 (the piece rejected the org's credentials) or 502 (see
    /// <see cref="ActivepiecesFailureResponse"/>).
    /// </returns>
    public static async Task<IResult> HandleAsync(
        EmbedTokenRequest? request,
        ActivepiecesClient client,
        CustomerSettingsStore settings,
        ActivepiecesEmbedToken tokens,
        PlanPieceSet pieceSet,
        ILogger<EmbedTokenRequest> logger,
        HttpContext httpContext,
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

            // Every login assigns the project the set its token names: the tier's (v4), or, on a plan without piece
            // sets, none (v3 without a filter), which assigns the platform's default set.
            var pieceSetKey = await pieceSet.GetKeyAsync(client, cancellationToken).ConfigureAwait(false);
            var token = tokens.CreateToken(new EmbedTokenClaims
            {
                ExternalUserId = request.UserId!,
                ExternalProjectId = orgId,
                FirstName = request.FirstName!,
                LastName = request.LastName!,
                PieceSet = pieceSetKey,
                PiecesFilterType = pieceSetKey is null ? EmbedPiecesFilterType.None : null,
            });
            return Results.Ok(new EmbedTokenResponse(token, project.Id, GelatoConnection.ExternalIdFor(orgId)));
        }
        catch (ActivepiecesException exception)
        {
            return ActivepiecesFailureResponse.From(exception, httpContext, logger);
        }
    }
}
