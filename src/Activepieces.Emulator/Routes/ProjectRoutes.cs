using System.Text.Json;
using Activepieces.Emulator.Http;
using Activepieces.Emulator.Services.Projects;
using Activepieces.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Activepieces.Emulator.Routes;

/// <summary>
/// <c>/api/v1/projects</c> (<c>ee/projects/platform-project-controller.ts</c>). Lists skip deleted projects and are
/// ordered by <c>type</c>, <c>displayName</c>, <c>id</c>; <c>limit</c> absent or 0 → 50, <c>-1</c> → all.
/// </summary>
internal static class ProjectRoutes
{
    private const int DefaultLimit = 50;

    public static void Map(IEndpointRouteBuilder routes, EmulatorServices services)
    {
        routes.MapGet("/api/v1/projects", context => List(context, services));
        routes.MapPost("/api/v1/projects", context => Create(context, services));
        routes.MapGet("/api/v1/projects/{id}", context => Get(context, services));
        routes.MapPost("/api/v1/projects/{id}", context => Update(context, services));
        routes.MapDelete("/api/v1/projects/{id}", context => Delete(context, services));
    }

    private static Task List(HttpContext context, EmulatorServices services)
    {
        RequestGate.ValidateQuery(context, QuerySchema.ListProjects);
        services.Gate.Authenticate(context);
        var page = services.Projects.List(
            QueryValues.String(context, "externalId"),
            QueryValues.String(context, "displayName"),
            QueryValues.Array(context, "types"),
            QueryValues.String(context, "cursor"),
            QueryValues.Limit(context, DefaultLimit));
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, ResponseJson.Page(page, services.Json.Project));
    }

    private static async Task Create(HttpContext context, EmulatorServices services)
    {
        var body = await RequestGate.ReadBodyAsync(context, RequestSchemas.ValidateCreateProject).ConfigureAwait(false);
        services.Gate.Authenticate(context);
        var project = services.Projects.Create(new ProjectCreate(
            JsonBody.RequiredString(body, "displayName"),
            JsonBody.OptionalString(body, "externalId"),
            JsonBody.OptionalObjectJson(body, "metadata"),
            JsonBody.OptionalNumber(body, "maxConcurrentJobs"),
            JsonBody.OptionalStringArray(body, "globalConnectionExternalIds")),
            throughProjectsApi: true);
        await JsonResponse.WriteAsync(context, StatusCodes.Status201Created, services.Json.Project(project)).ConfigureAwait(false);
    }

    private static Task Get(HttpContext context, EmulatorServices services)
    {
        services.Gate.Authenticate(context);
        var project = services.Projects.Get(RouteValues.Get(context, "id"));
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, services.Json.Project(project));
    }

    private static async Task Update(HttpContext context, EmulatorServices services)
    {
        var body = await RequestGate.ReadBodyAsync(context, RequestSchemas.ValidateUpdateProject).ConfigureAwait(false);
        services.Gate.Authenticate(context);
        var icon = JsonBody.Property(body, "icon");
        var project = services.Projects.Update(RouteValues.Get(context, "id"), new ProjectUpdate(
            JsonBody.OptionalString(body, "displayName"),
            JsonBody.OptionalString(body, "externalId"),
            JsonBody.OptionalObjectJson(body, "metadata"),
            JsonBody.OptionalBool(body, "releasesEnabled"),
            JsonBody.OptionalString(icon, "color"),
            JsonBody.OptionalNumber(body, "maxConcurrentJobs"),
            JsonBody.OptionalStringArray(body, "globalConnectionExternalIds"),
            JsonBody.OptionalBool(body, "notifyFlowOwnerOnFailure"),
            NullableNumber(JsonBody.Property(body, "plan"), "activeFlowsLimit"),
            NullableNumber(body, "executionDataRetentionDays"),
            JsonBody.Property(body, "workerGroupId") is { ValueKind: not JsonValueKind.Undefined } group
                ? Optional<string?>.Of(group.ValueKind == JsonValueKind.String ? group.GetString() : null)
                : default));
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, services.Json.Project(project)).ConfigureAwait(false);
    }

    private static Task Delete(HttpContext context, EmulatorServices services)
    {
        services.Gate.Authenticate(context);
        services.Projects.Delete(RouteValues.Get(context, "id"));
        return JsonResponse.NoContent(context);
    }

    private static Optional<double?> NullableNumber(JsonElement body, string name) =>
        JsonBody.Property(body, name) is { ValueKind: not JsonValueKind.Undefined } value
            ? Optional<double?>.Of(value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null)
            : default;
}
