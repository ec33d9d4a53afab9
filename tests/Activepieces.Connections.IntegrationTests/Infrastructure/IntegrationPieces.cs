using System.Text.Json.Nodes;
using Activepieces.Emulator;

namespace Activepieces.Connections.IntegrationTests.Infrastructure;

/// <summary>The pieces the test connection types use, as the emulator serves them.</summary>
internal static class IntegrationPieces
{
    private static readonly string[] PlainPieces =
    [
        "@activepieces/piece-gelato",
        "@activepieces/piece-openai",
        "@activepieces/piece-jira-cloud",
        "@activepieces/piece-postgres",
        "@activepieces/piece-http",
        "@acme/piece-crm",
        "@acme/piece-okta-directory",
    ];

    private static readonly string[] OAuth2Pieces =
    [
        "@activepieces/piece-google-sheets",
        "@activepieces/piece-slack",
        "@activepieces/piece-hubspot",
    ];

    /// <summary>Emulator options serving every piece (version 0.4.2 for Jira, which the Jira type pins).</summary>
    public static ActivepiecesEmulatorOptions Options()
    {
        var options = new ActivepiecesEmulatorOptions();
        foreach (var piece in PlainPieces)
        {
            options.AddPiece(piece, piece.EndsWith("jira-cloud", StringComparison.Ordinal) ? "0.4.2" : "0.1.0");
        }

        foreach (var piece in OAuth2Pieces)
        {
            options.AddPieceJson(new JsonObject
            {
                ["name"] = piece,
                ["version"] = "0.1.0",
                ["displayName"] = piece,
                ["auth"] = new JsonObject
                {
                    ["type"] = "OAUTH2",
                    ["displayName"] = "Connection",
                    ["required"] = true,
                    ["authUrl"] = "https://oauth.example.test/authorize",
                    ["tokenUrl"] = "https://oauth.example.test/token",
                    ["scope"] = new JsonArray("read"),
                },
            }.ToJsonString());
        }

        return options;
    }
}
