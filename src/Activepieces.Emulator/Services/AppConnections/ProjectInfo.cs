namespace Activepieces.Emulator.Services.AppConnections;

/// <summary>The <c>{id, displayName, type}</c> of a project named in a platform listing item.</summary>
internal sealed record ProjectInfo(string Id, string DisplayName, string Type);
