using Activepieces.Emulator.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Activepieces.Emulator.Routes;

/// <summary><c>POST /api/v1/managed-authn/external-token</c> (public): the embed SDK's token exchange.</summary>
internal static class ManagedAuthnRoutes
{
    public static void Map(IEndpointRouteBuilder routes, EmulatorServices services) =>
        routes.MapPost("/api/v1/managed-authn/external-token", context => Exchange(context, services));

    private static async Task Exchange(HttpContext context, EmulatorServices services)
    {
        var body = await RequestGate.ReadBodyAsync(context, ValidateBody).ConfigureAwait(false);
        var answer = await services.ManagedAuthn.ExchangeAsync(JsonBody.RequiredString(body, "externalAccessToken")).ConfigureAwait(false);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, answer).ConfigureAwait(false);
    }

    /// <summary><c>ManagedAuthnRequestBody</c>: <c>{externalAccessToken: string}</c>.</summary>
    private static string? ValidateBody(System.Text.Json.JsonElement body) =>
        body.ValueKind != System.Text.Json.JsonValueKind.Object
            ? "body must be object"
            : JsonBody.Property(body, "externalAccessToken").ValueKind != System.Text.Json.JsonValueKind.String
                ? "body/externalAccessToken Invalid input: expected string"
                : null;
}
