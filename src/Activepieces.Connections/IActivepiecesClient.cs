namespace Activepieces;

/// <summary>A typed client of the Activepieces REST API (projects, global and app connections, pieces).</summary>
public interface IActivepiecesClient
{
    /// <summary>The platform projects (<c>/v1/projects</c>).</summary>
    IProjectsApi Projects { get; }

    /// <summary>The global (platform) connections (<c>/v1/global-connections</c>).</summary>
    IGlobalConnectionsApi GlobalConnections { get; }

    /// <summary>The project-scoped connections (<c>/v1/app-connections</c>).</summary>
    IAppConnectionsApi AppConnections { get; }

    /// <summary>The piece metadata (<c>/v1/pieces</c>).</summary>
    IPiecesApi Pieces { get; }

    /// <summary>The "one connection per customer project" operations the generated methods call.</summary>
    IPredefinedConnectionsApi PredefinedConnections { get; }
}
