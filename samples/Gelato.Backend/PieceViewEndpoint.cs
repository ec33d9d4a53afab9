using System.Text.Json;

namespace Gelato.Backend;

/// <summary>
/// <c>GET /dev/piece-view/{orgId}</c>, only with the embedded emulator: what the Gelato piece sees when it calls
/// <c>connections.get("gelato_" + projectExternalId)</c> — the auth type and the prop names, never their values.
/// </summary>
public static class PieceViewEndpoint
{
    /// <summary>Handles the request.</summary>
    /// <param name="orgId">The org id (the project's external id).</param>
    /// <param name="embedded">The embedded emulator.</param>
    /// <returns>200 with <c>{connectionExternalId, projectId, type, props}</c>, or 404 when the piece would not find it.</returns>
    public static IResult Handle(string orgId, EmbeddedActivepieces embedded)
    {
        var connectionExternalId = GelatoConnection.ExternalIdFor(orgId);
        var project = embedded.Emulator.Projects.FirstOrDefault(p => p.ExternalId == orgId);
        var value = project is null ? null : embedded.Emulator.GetConnectionValueForPiece(connectionExternalId, project.Id);
        if (project is null || value is null)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Connection not found.",
                detail: $"The piece would not find '{connectionExternalId}' in the project of org '{orgId}'.");
        }

        using var document = JsonDocument.Parse(value);
        var root = document.RootElement;
        var props = root.TryGetProperty("props", out var p) && p.ValueKind == JsonValueKind.Object
            ? p.EnumerateObject().Select(property => property.Name).ToArray()
            : [];
        return Results.Ok(new
        {
            connectionExternalId,
            projectId = project.Id,
            type = root.GetProperty("type").GetString(),
            props,
        });
    }
}
