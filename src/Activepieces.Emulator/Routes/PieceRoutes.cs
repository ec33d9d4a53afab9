using Activepieces.Emulator.Http;
using Activepieces.Emulator.Services.Pieces;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Activepieces.Emulator.Routes;

/// <summary><c>GET /api/v1/pieces/{name}</c> and <c>/api/v1/pieces/{scope}/{name}</c>: public piece metadata.</summary>
internal static class PieceRoutes
{
    public static void Map(IEndpointRouteBuilder routes, EmulatorServices services)
    {
        routes.MapGet("/api/v1/pieces/{name}", context =>
            Get(context, services, RouteValues.Get(context, "name")));
        routes.MapGet("/api/v1/pieces/{scope}/{name}", context =>
            Get(context, services, RouteValues.Get(context, "scope") + "/" + RouteValues.Get(context, "name")));
    }

    private static Task Get(HttpContext context, EmulatorServices services, string name)
    {
        var audience = QueryValues.String(context, "audience") ?? PieceAudiences.Human;
        if (!PieceAudiences.QueryValues.Contains(audience))
        {
            throw ApiErrors.SchemaValidation("querystring/audience must be equal to one of the allowed values");
        }

        var json = services.Pieces.GetJson(name, QueryValues.String(context, "version"), audience);
        return JsonResponse.WriteRawAsync(context, StatusCodes.Status200OK, json);
    }
}
