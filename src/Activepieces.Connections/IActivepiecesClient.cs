namespace Activepieces;

/// <summary>A typed client of the Activepieces REST API (projects, global and app connections, pieces).</summary>
public interface IActivepiecesClient
{
    /// <summary>The "one connection per customer project" operations the generated methods call.</summary>
    IPredefinedConnectionsApi PredefinedConnections { get; }
}
