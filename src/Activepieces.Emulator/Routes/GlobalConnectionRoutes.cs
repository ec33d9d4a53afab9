using Activepieces.Emulator.Http;
using Activepieces.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Activepieces.Emulator.Routes;

/// <summary>
/// <c>/api/v1/global-connections</c> (<c>ee/global-connections/global-connection-module.ts</c>). After the body and the
/// credentials, every route passes the module's feature gate (in <see cref="Services.GlobalConnections.GlobalConnectionService"/>).
/// </summary>
internal static class GlobalConnectionRoutes
{
    private const int DefaultLimit = 10;

    public static void Map(IEndpointRouteBuilder routes, EmulatorServices services)
    {
        routes.MapPost("/api/v1/global-connections", context => Upsert(context, services));
        routes.MapGet("/api/v1/global-connections", context => List(context, services));
        routes.MapPost("/api/v1/global-connections/{id}", context => Update(context, services));
        routes.MapDelete("/api/v1/global-connections/{id}", context => Delete(context, services));
    }

    private static async Task Upsert(HttpContext context, EmulatorServices services)
    {
        var body = await RequestGate.ReadBodyAsync(context, RequestSchemas.ValidateUpsertGlobalConnection).ConfigureAwait(false);
        services.Gate.Authenticate(context);
        var connection = await services.GlobalConnections.UpsertAsync(ConnectionBodies.GlobalUpsert(body), context.RequestAborted).ConfigureAwait(false);
        await JsonResponse.WriteAsync(context, StatusCodes.Status201Created, services.Json.Connection(connection, ConnectionShape.Written)).ConfigureAwait(false);
    }

    private static Task List(HttpContext context, EmulatorServices services)
    {
        RequestGate.ValidateQuery(context, QuerySchema.ListGlobalConnections);
        services.Gate.Authenticate(context);
        var page = services.GlobalConnections.List(
            QueryValues.String(context, "pieceName"),
            QueryValues.String(context, "displayName"),
            QueryValues.Array(context, "status"),
            QueryValues.String(context, "cursor"),
            QueryValues.Limit(context, DefaultLimit));
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, ResponseJson.Page(page, item => services.Json.Connection(item, ConnectionShape.ListItem)));
    }

    private static async Task Update(HttpContext context, EmulatorServices services)
    {
        var id = RouteValues.ApIdParameter(context);
        var body = await RequestGate.ReadBodyAsync(context, RequestSchemas.ValidateUpdateGlobalConnection).ConfigureAwait(false);
        services.Gate.Authenticate(context);
        var connection = services.GlobalConnections.Update(
            id,
            JsonBody.RequiredString(body, "displayName"),
            JsonBody.OptionalStringArray(body, "projectIds"),
            JsonBody.OptionalBool(body, "preSelectForNewProjects"));
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, services.Json.Connection(connection, ConnectionShape.Written)).ConfigureAwait(false);
    }

    private static Task Delete(HttpContext context, EmulatorServices services)
    {
        var id = RouteValues.ApIdParameter(context);
        services.Gate.Authenticate(context);
        services.GlobalConnections.Delete(id);
        return JsonResponse.NoContent(context);
    }
}
