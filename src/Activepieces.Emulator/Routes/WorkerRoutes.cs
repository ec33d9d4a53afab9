using System.Text.Json.Nodes;
using Activepieces.Emulator.Http;
using Activepieces.Emulator.Services.AppConnections;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Activepieces.Emulator.Routes;

/// <summary>
/// The piece-side view: <c>GET /api/v1/worker/app-connections/{externalId}?projectId=…</c> answers the connection value
/// exactly as a piece (context v2) receives it from <c>context.connections.get(externalId)</c>.
/// </summary>
/// <remarks>
/// Emulator simplification: the real route (<c>app-connection/app-connection-worker-controller.ts</c>) is called by the
/// engine with an engine JWT that carries the project; the emulator takes the emulator's API key and the project from
/// the <c>projectId</c> query parameter, and answers the value itself instead of the whole connection. The row's
/// <c>status</c>, which the engine's resolver reads from that connection (<c>ERROR</c> → <c>ConnectionExpiredError</c>,
/// <c>engine/src/lib/piece-context/connection-resolver.ts</c>), is the <see cref="StatusHeader"/> header.
/// With piece binding enforced (<see cref="ActivepiecesEmulatorOptions.EnforceConnectionPieceBinding"/>) the reading
/// step's piece, which the engine knows from the step, is the required <c>pieceName</c> query parameter.
/// </remarks>
internal static class WorkerRoutes
{
    /// <summary>The response header holding the connection's status (<c>ACTIVE</c>, <c>MISSING</c> or <c>ERROR</c>).</summary>
    public const string StatusHeader = "X-Connection-Status";

    public static void Map(IEndpointRouteBuilder routes, EmulatorServices services) =>
        routes.MapGet("/api/v1/worker/app-connections/{externalId}", context => Get(context, services));

    private static Task Get(HttpContext context, EmulatorServices services)
    {
        var projectId = QueryValues.RequiredString(context, "projectId");
        var readingPiece = services.AppConnections.PieceBinding.Enforced ? QueryValues.RequiredString(context, "pieceName") : null;
        services.Gate.Authenticate(context);
        var externalId = RouteValues.Get(context, "externalId");
        var connection = services.AppConnections.FindForWorker(externalId, projectId)
            ?? throw ApiErrors.Activepieces(ErrorCodes.EntityNotFound, new JsonObject
            {
                ["entityId"] = $"externalId={externalId}",
                ["entityType"] = "AppConnection",
            });
        if (readingPiece is not null)
        {
            services.AppConnections.PieceBinding.AssertMayRead(connection.PieceName, readingPiece);
        }

        context.Response.Headers[StatusHeader] = connection.Status;
        return JsonResponse.WriteRawAsync(context, StatusCodes.Status200OK, ConnectionValues.ForPiece(connection.Type, connection.ValueJson));
    }
}
