namespace Activepieces.Emulator.Storage;

/// <summary>The platform's piece sets, in insertion order, by id and by key (unique per platform).</summary>
internal sealed class PieceSetStore
{
    private readonly EmulatorDatabase _database;
    private readonly List<PieceSetRow> _rows = [];
    private readonly Dictionary<string, PieceSetRow> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PieceSetRow> _byKey = new(StringComparer.Ordinal);

    public PieceSetStore(EmulatorDatabase database) => _database = database;

    /// <summary>Every piece set, in insertion (sequence) order.</summary>
    public IReadOnlyList<PieceSetRow> All()
    {
        _database.AssertInTransaction();
        return _rows;
    }

    /// <summary>The piece set with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public PieceSetRow? Find(string id)
    {
        _database.AssertInTransaction();
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>The piece set with exactly <paramref name="key"/>, or <see langword="null"/>.</summary>
    public PieceSetRow? FindByKey(string key)
    {
        _database.AssertInTransaction();
        return _byKey.GetValueOrDefault(key);
    }

    /// <summary>The platform's default set (the first one inserted with <c>isDefault</c>).</summary>
    public PieceSetRow Default()
    {
        _database.AssertInTransaction();
        return _rows.First(row => row.IsDefault);
    }

    /// <summary>Inserts a piece set whose key is free.</summary>
    public void Insert(PieceSetRow pieceSet)
    {
        _database.AssertInTransaction();
        _byKey.Add(pieceSet.Key, pieceSet);
        _byId.Add(pieceSet.Id, pieceSet);
        _rows.Add(pieceSet);
    }

    /// <summary>Changes a set's key to a free one, keeping the key index.</summary>
    public void SetKey(PieceSetRow pieceSet, string key)
    {
        _database.AssertInTransaction();
        _byKey.Remove(pieceSet.Key);
        pieceSet.Key = key;
        _byKey.Add(key, pieceSet);
    }

    /// <summary>Deletes a piece set.</summary>
    public void Delete(PieceSetRow pieceSet)
    {
        _database.AssertInTransaction();
        _byId.Remove(pieceSet.Id);
        _byKey.Remove(pieceSet.Key);
        _rows.Remove(pieceSet);
    }
}
