using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests.Support;

/// <summary>Request bodies of <c>POST /api/v1/app-connections</c> that several tests send.</summary>
internal static class AppConnectionBodies
{
    /// <summary>A project-scoped <c>SECRET_TEXT</c> upsert of the Gelato piece.</summary>
    public static JsonObject ProjectSecretText(string externalId, string projectId, string secret = "project-secret") => new()
    {
        ["externalId"] = externalId,
        ["displayName"] = "Project Gelato",
        ["pieceName"] = TestPieceFiles.Gelato,
        ["projectId"] = projectId,
        ["type"] = "SECRET_TEXT",
        ["value"] = new JsonObject { ["type"] = "SECRET_TEXT", ["secret_text"] = secret },
    };
}
