namespace Activepieces.Connections.Generators.Model;

/// <summary>The generator's copy of <c>Activepieces.ConnectionScope</c> (same names and values).</summary>
internal enum ScopeKind
{
    /// <summary>A global (platform) connection.</summary>
    Platform = 0,

    /// <summary>A project-scoped connection.</summary>
    Project = 1,
}
