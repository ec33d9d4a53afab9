namespace Activepieces;

/// <summary>Where a predefined connection is stored.</summary>
public enum ConnectionScope
{
    /// <summary>A global (platform) connection, <c>/v1/global-connections</c>, that lists the projects allowed to use it.</summary>
    Platform,

    /// <summary>A project-scoped connection, <c>/v1/app-connections</c> with a <c>projectId</c>.</summary>
    Project,
}
