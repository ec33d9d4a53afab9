namespace Activepieces;

/// <summary>Where a predefined connection is stored.</summary>
/// <remarks>The values are part of the contract: the source generator reads the <c>[PieceAuth]</c> argument as its integer value.</remarks>
public enum ConnectionScope
{
    /// <summary>A global (platform) connection, <c>/v1/global-connections</c>, that lists the projects allowed to use it.</summary>
    Platform = 0,

    /// <summary>A project-scoped connection, <c>/v1/app-connections</c> with a <c>projectId</c>.</summary>
    Project = 1,
}
