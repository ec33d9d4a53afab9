using Activepieces.Emulator.Inspection;

namespace Activepieces.Emulator.Services.AppConnections;

/// <summary>An item of the platform listing: the connection and the live projects among its <c>projectIds</c>.</summary>
/// <param name="Connection">The connection.</param>
/// <param name="Projects">The live projects it lists, in the order of <c>projectIds</c>; dead ids have no entry.</param>
internal sealed record PlatformConnectionItem(EmulatedConnection Connection, IReadOnlyList<ProjectInfo> Projects);
