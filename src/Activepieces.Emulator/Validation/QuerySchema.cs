namespace Activepieces.Emulator.Validation;

/// <summary>The query-string schemas the emulator validates.</summary>
internal enum QuerySchema
{
    /// <summary><c>ListGlobalConnectionsRequestQuery</c>.</summary>
    ListGlobalConnections,

    /// <summary><c>ListAppConnectionsRequestQuery</c> (<c>projectId</c> required).</summary>
    ListAppConnections,

    /// <summary><c>ListProjectRequestForPlatformQueryParams</c>.</summary>
    ListProjects,

    /// <summary><c>ListPlatformAppConnectionsRequestQuery</c>.</summary>
    ListPlatformAppConnections,
}
