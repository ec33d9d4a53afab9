using System.Globalization;
using Activepieces.Emulator.Http;
using Activepieces.Emulator.Services.PieceSets;
using Activepieces.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Activepieces.Emulator.Routes;

/// <summary>
/// <c>/api/v1/piece-sets</c> (<c>ee/pieces/piece-set/piece-set.controller.ts</c>): platform admin, USER or API key,
/// behind <c>platform.plan.managePiecesEnabled</c> (checked after body validation and authentication).
/// </summary>
internal static class PieceSetRoutes
{
    private const int DefaultLimit = 10;
    private const int MaxLimit = 100;

    public static void Map(IEndpointRouteBuilder routes, EmulatorServices services)
    {
        routes.MapGet("/api/v1/piece-sets", context => List(context, services));
        routes.MapPost("/api/v1/piece-sets", context => Create(context, services));
        routes.MapGet("/api/v1/piece-sets/{id}", context => Get(context, services));
        routes.MapPost("/api/v1/piece-sets/{id}", context => Update(context, services));
        routes.MapDelete("/api/v1/piece-sets/{id}", context => Delete(context, services));
        routes.MapPost("/api/v1/piece-sets/{id}/duplicate", context => Duplicate(context, services));
        routes.MapPost("/api/v1/piece-sets/{id}/projects", context => AssignProjects(context, services));
        routes.MapDelete("/api/v1/piece-sets/{id}/projects/{projectId}", context => UnassignProject(context, services));
    }

    private static void Authorize(HttpContext context, EmulatorServices services)
    {
        services.Gate.Authenticate(context);
        services.PieceSets.AssertEnabled();
    }

    private static Task List(HttpContext context, EmulatorServices services)
    {
        // limit: z.coerce.number().min(1).max(100).optional()
        var limitText = QueryValues.String(context, "limit");
        var limit = DefaultLimit;
        if (limitText is not null)
        {
            if (!double.TryParse(limitText, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number is < 1 or > MaxLimit)
            {
                throw ApiErrors.SchemaValidation($"querystring/limit must be a number from 1 to {MaxLimit}");
            }

            limit = (int)number;
        }

        Authorize(context, services);
        var page = services.PieceSets.List(QueryValues.String(context, "cursor"), limit);
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, ResponseJson.Page(page, services.Json.PieceSet));
    }

    private static async Task Create(HttpContext context, EmulatorServices services)
    {
        var body = await RequestGate.ReadBodyAsync(context, RequestSchemas.ValidateCreatePieceSet).ConfigureAwait(false);
        Authorize(context, services);
        var pieceSet = services.PieceSets.Create(JsonBody.RequiredString(body, "name"), JsonBody.OptionalString(body, "key"));
        await JsonResponse.WriteAsync(context, StatusCodes.Status201Created, services.Json.PieceSet(pieceSet)).ConfigureAwait(false);
    }

    private static Task Get(HttpContext context, EmulatorServices services)
    {
        var id = RouteValues.ApIdParameter(context);
        Authorize(context, services);
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, services.Json.PieceSet(services.PieceSets.Get(id)));
    }

    private static async Task Update(HttpContext context, EmulatorServices services)
    {
        var id = RouteValues.ApIdParameter(context);
        var body = await RequestGate.ReadBodyAsync(context, RequestSchemas.ValidateUpdatePieceSet).ConfigureAwait(false);
        Authorize(context, services);
        var pieces = JsonBody.Property(body, "pieces");
        var pieceSet = services.PieceSets.Update(id, new PieceSetUpdate(
            JsonBody.OptionalString(body, "name"),
            JsonBody.OptionalString(body, "key"),
            JsonBody.OptionalString(pieces, "mode"),
            JsonBody.OptionalStringArray(pieces, "exceptions"),
            JsonBody.OptionalObjectJson(body, "actions"),
            JsonBody.OptionalObjectJson(body, "triggers")));
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, services.Json.PieceSet(pieceSet)).ConfigureAwait(false);
    }

    private static Task Delete(HttpContext context, EmulatorServices services)
    {
        var id = RouteValues.ApIdParameter(context);
        Authorize(context, services);
        services.PieceSets.Delete(id);
        return JsonResponse.NoContent(context);
    }

    private static async Task Duplicate(HttpContext context, EmulatorServices services)
    {
        var id = RouteValues.ApIdParameter(context);
        var body = await RequestGate.ReadBodyAsync(context, RequestSchemas.ValidateDuplicatePieceSet).ConfigureAwait(false);
        Authorize(context, services);
        var pieceSet = services.PieceSets.Duplicate(id, JsonBody.RequiredString(body, "name"));
        await JsonResponse.WriteAsync(context, StatusCodes.Status201Created, services.Json.PieceSet(pieceSet)).ConfigureAwait(false);
    }

    private static async Task AssignProjects(HttpContext context, EmulatorServices services)
    {
        var id = RouteValues.ApIdParameter(context);
        var body = await RequestGate.ReadBodyAsync(context, RequestSchemas.ValidateAssignPieceSetProjects).ConfigureAwait(false);
        Authorize(context, services);
        services.PieceSets.AssignProjects(id, JsonBody.RequiredStringArray(body, "projectIds"));
        await JsonResponse.NoContent(context).ConfigureAwait(false);
    }

    private static Task UnassignProject(HttpContext context, EmulatorServices services)
    {
        var id = RouteValues.ApIdParameter(context);
        var projectId = RouteValues.ApIdParameter(context, "projectId");
        Authorize(context, services);
        services.PieceSets.UnassignProject(id, projectId);
        return JsonResponse.NoContent(context);
    }
}
