using Activepieces.Emulator.Http;
using Activepieces.Emulator.Services.AppConnections;
using Activepieces.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Activepieces.Emulator.Routes;

/// <summary><c>/api/v1/app-connections</c> (<c>app-connection.controller.ts</c>), the project-scoped connections.</summary>
internal static class AppConnectionRoutes
{
    private const int DefaultLimit = 10;

    /// <param name="routes">The route builder.</param>
    /// <param name="services">The emulator's services.</param>
    /// <param name="asOf072">Leave out the read by id (0.86.1) and the revalidation (0.86.3), as a 0.72 server lacks them.</param>
    public static void Map(IEndpointRouteBuilder routes, EmulatorServices services, bool asOf072)
    {
        routes.MapPost("/api/v1/app-connections", context => Upsert(context, services));
        routes.MapGet("/api/v1/app-connections", context => List(context, services));
        routes.MapPost("/api/v1/app-connections/{id}", context => Update(context, services));
        if (!asOf072)
        {
            routes.MapGet("/api/v1/app-connections/{id}", context => Get(context, services));
            routes.MapPost("/api/v1/app-connections/{id}/revalidate", context => Revalidate(context, services));
        }

        routes.MapDelete("/api/v1/app-connections/{id}", context => Delete(context, services));
    }

    private static async Task Upsert(HttpContext context, EmulatorServices services)
    {
        var body = await RequestGate.ReadBodyAsync(context, RequestSchemas.ValidateUpsertAppConnection).ConfigureAwait(false);
        services.Gate.Authenticate(context);

        // The route's project authorization resolves the project before the handler runs.
        var projectId = JsonBody.RequiredString(body, "projectId");
        services.Projects.Get(projectId);
        var connection = JsonBody.OptionalString(body, "type") == AppConnectionTypes.Placeholder
            ? await services.AppConnections.UpsertPlaceholderAsync(
                projectId,
                JsonBody.RequiredString(body, "externalId"),
                JsonBody.RequiredString(body, "displayName"),
                JsonBody.RequiredString(body, "pieceName"),
                JsonBody.OptionalString(body, "pieceVersion"),
                JsonBody.OptionalObjectJson(body, "metadata"),
                context.RequestAborted).ConfigureAwait(false)
            : await services.AppConnections.UpsertAsync(ConnectionBodies.ProjectUpsert(body), context.RequestAborted).ConfigureAwait(false);
        await JsonResponse.WriteAsync(context, StatusCodes.Status201Created, services.Json.Connection(connection, ConnectionShape.Written)).ConfigureAwait(false);
    }

    private static Task List(HttpContext context, EmulatorServices services)
    {
        RequestGate.ValidateQuery(context, QuerySchema.ListAppConnections);
        services.Gate.Authenticate(context);
        var filter = new ConnectionFilter(
            QueryValues.RequiredString(context, "projectId"),
            QueryValues.String(context, "scope"),
            QueryValues.String(context, "pieceName"),
            QueryValues.String(context, "displayName"),
            QueryValues.Array(context, "status"));
        var page = services.AppConnections.List(filter, QueryValues.String(context, "cursor"), QueryValues.Limit(context, DefaultLimit));
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, ResponseJson.Page(page, item => services.Json.Connection(item, ConnectionShape.ListItem)));
    }

    private static Task Get(HttpContext context, EmulatorServices services)
    {
        var id = RouteValues.ApIdParameter(context);
        services.Gate.Authenticate(context);
        var connection = services.AppConnections.Get(id);
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, services.Json.Connection(connection, ConnectionShape.ById));
    }

    private static async Task Revalidate(HttpContext context, EmulatorServices services)
    {
        var id = RouteValues.ApIdParameter(context);
        services.Gate.Authenticate(context);
        var connection = await services.AppConnections.RevalidateAsync(id, context.RequestAborted).ConfigureAwait(false);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, services.Json.Connection(connection, ConnectionShape.Written)).ConfigureAwait(false);
    }

    private static async Task Update(HttpContext context, EmulatorServices services)
    {
        var id = RouteValues.ApIdParameter(context);
        var body = await RequestGate.ReadBodyAsync(context, RequestSchemas.ValidateUpdateAppConnection).ConfigureAwait(false);
        services.Gate.Authenticate(context);
        services.AppConnections.AssertExists(id);
        var connection = services.AppConnections.Update(
            id,
            AppConnectionScopes.Project,
            JsonBody.RequiredString(body, "displayName"),
            projectIds: null,
            JsonBody.OptionalObjectJson(body, "metadata"),
            preSelectForNewProjects: null);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, services.Json.Connection(connection, ConnectionShape.Written)).ConfigureAwait(false);
    }

    private static Task Delete(HttpContext context, EmulatorServices services)
    {
        var id = RouteValues.ApIdParameter(context);
        services.Gate.Authenticate(context);
        services.AppConnections.DeleteProjectConnection(id);
        return JsonResponse.NoContent(context);
    }
}
