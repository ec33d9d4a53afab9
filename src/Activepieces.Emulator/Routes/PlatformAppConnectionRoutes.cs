using System.Text.Json.Nodes;
using Activepieces.Emulator.Http;
using Activepieces.Emulator.Services.AppConnections;
using Activepieces.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Activepieces.Emulator.Routes;

/// <summary>
/// <c>/api/v1/platform-app-connections</c> (<c>app-connection/platform-app-connection.controller.ts</c>,
/// <c>platformAdminOnly([USER, SERVICE])</c>, so the API key passes): the platform-wide connection listing.
/// </summary>
internal static class PlatformAppConnectionRoutes
{
    private const int DefaultLimit = 10;

    /// <summary>The most owners <c>/owners</c> answers before it sets <c>truncated</c>.</summary>
    private const int MaxOwners = 1000;

    public static void Map(IEndpointRouteBuilder routes, EmulatorServices services)
    {
        routes.MapGet("/api/v1/platform-app-connections", context => List(context, services));
        routes.MapGet("/api/v1/platform-app-connections/owners", context => Owners(context, services));
    }

    private static Task List(HttpContext context, EmulatorServices services)
    {
        RequestGate.ValidateQuery(context, QuerySchema.ListPlatformAppConnections);
        services.Gate.Authenticate(context);
        var filter = new ConnectionFilter(
            ProjectId: null,
            QueryValues.String(context, "scope"),
            QueryValues.String(context, "pieceName"),
            QueryValues.String(context, "displayName"),
            QueryValues.Array(context, "status"),
            QueryValues.Array(context, "projectIds"),
            QueryValues.Array(context, "ownerIds"));
        var page = services.AppConnections.ListForPlatform(filter, QueryValues.String(context, "cursor"), QueryValues.Limit(context, DefaultLimit));
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, ResponseJson.Page(page, services.Json.PlatformConnection));
    }

    private static Task Owners(HttpContext context, EmulatorServices services)
    {
        services.Gate.Authenticate(context);
        var (ownerIds, truncated) = services.AppConnections.Owners(MaxOwners);
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["data"] = new JsonArray(ownerIds.Select(id => (JsonNode?)services.Json.ConnectionOwner(id)).ToArray()),
            ["truncated"] = truncated,
        });
    }
}
