namespace Activepieces.Emulator.Storage;

/// <summary>The app connections of both scopes, in insertion order, by id and by <c>externalId</c>.</summary>
internal sealed class ConnectionStore
{
    private readonly EmulatorDatabase _database;
    private readonly List<ConnectionRow> _rows = [];
    private readonly Dictionary<string, ConnectionRow> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ConnectionRow>> _byExternalId = new(StringComparer.Ordinal);

    public ConnectionStore(EmulatorDatabase database) => _database = database;

    /// <summary>Every connection, in insertion (sequence) order.</summary>
    public IReadOnlyList<ConnectionRow> All()
    {
        _database.AssertInTransaction();
        return _rows;
    }

    /// <summary>The connection with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public ConnectionRow? Find(string id)
    {
        _database.AssertInTransaction();
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>The connections with exactly (case-sensitively) <paramref name="externalId"/>, in insertion order.</summary>
    public IReadOnlyList<ConnectionRow> WithExternalId(string externalId)
    {
        _database.AssertInTransaction();
        return _byExternalId.TryGetValue(externalId, out var rows) ? rows : [];
    }

    /// <summary>Inserts a new connection.</summary>
    public void Insert(ConnectionRow connection)
    {
        _database.AssertInTransaction();
        _byId.Add(connection.Id, connection);
        _rows.Add(connection);
        if (!_byExternalId.TryGetValue(connection.ExternalId, out var rows))
        {
            _byExternalId[connection.ExternalId] = rows = [];
        }

        rows.Add(connection);
    }

    /// <summary>Deletes a connection.</summary>
    public void Delete(ConnectionRow connection)
    {
        _database.AssertInTransaction();
        _byId.Remove(connection.Id);
        _rows.Remove(connection);
        var rows = _byExternalId[connection.ExternalId];
        rows.Remove(connection);
        if (rows.Count == 0)
        {
            _byExternalId.Remove(connection.ExternalId);
        }
    }

    /// <summary>Deletes every connection that matches <paramref name="predicate"/>.</summary>
    public void DeleteWhere(Func<ConnectionRow, bool> predicate)
    {
        foreach (var connection in All().Where(predicate).ToArray())
        {
            Delete(connection);
        }
    }
}
