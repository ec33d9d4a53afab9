namespace Activepieces.Tests.Fleet;

/// <summary>Builders of the rows the audit and the doctor classify (as the server lists them).</summary>
internal static class FleetRows
{
    public const string Gelato = "@activepieces/piece-gelato";

    public static readonly PredefinedConnectionDescriptor Descriptor = new(Gelato, AuthType.SecretText, "gelato_", "Gelato Connection");

    private static int _sequence;

    public static Project Project(string id, string? externalId) => new() { Id = id, DisplayName = externalId ?? id, ExternalId = externalId };

    public static AppConnection Global(string id, string externalId, string[] projectIds, string status = "ACTIVE", string piece = Gelato, int minutes = 0) =>
        Row(id, externalId, projectIds, "PLATFORM", status, piece, minutes);

    public static AppConnection ProjectRow(string id, string externalId, string projectId, string status = "MISSING", string piece = Gelato) =>
        Row(id, externalId, [projectId], "PROJECT", status, piece, 0);

    private static AppConnection Row(string id, string externalId, string[] projectIds, string scope, string status, string piece, int minutes)
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes).AddTicks(Interlocked.Increment(ref _sequence));
        return new AppConnection
        {
            Id = id,
            ExternalId = externalId,
            DisplayName = "Gelato Connection",
            Type = status == "MISSING" ? "NO_AUTH" : "SECRET_TEXT",
            PieceName = piece,
            ProjectIds = projectIds,
            Scope = scope,
            Status = status,
            Created = at,
            Updated = at,
        };
    }
}
