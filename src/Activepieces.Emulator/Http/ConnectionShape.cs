namespace Activepieces.Emulator.Http;

/// <summary>Which keys a connection answer carries, by the route that writes it (the server reads each differently).</summary>
internal enum ConnectionShape
{
    /// <summary>Upsert and update answers: the row without joins, so neither <c>owner</c> nor <c>flowIds</c>.</summary>
    Written,

    /// <summary>List items: <c>owner</c> and <c>flowIds</c> joined.</summary>
    ListItem,

    /// <summary><c>GET /v1/app-connections/:id</c>: <c>flowIds</c> joined, no <c>owner</c> (<c>app-connection.controller.ts</c>).</summary>
    ById,
}
