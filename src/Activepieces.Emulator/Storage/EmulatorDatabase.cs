namespace Activepieces.Emulator.Storage;

/// <summary>
/// The emulated platform's database: its stores (projects, connections, claimed OAuth codes, piece sets), one lock that every
/// transaction holds, and the row sequence. As in EF Core's in-memory provider (<c>InMemoryStore</c> owning its
/// <c>InMemoryTable</c>s), the stores own rows and indexes and the services own the server's rules.
/// </summary>
/// <remarks>
/// One lock for all stores, so each request's checks and writes are atomic even when they span stores (a project
/// delete removes its connections); the real server's per-row races are not reproduced. Only a piece validation's
/// latency runs outside a transaction, between an upsert's checks and its write. Every store member checks that the
/// calling thread holds the lock.
/// </remarks>
internal sealed class EmulatorDatabase
{
    private readonly Lock _lock = new();
    private long _sequence;

    public EmulatorDatabase()
    {
        Projects = new ProjectStore(this);
        Connections = new ConnectionStore(this);
        OAuthClaims = new OAuthClaimStore(this);
        PieceSets = new PieceSetStore(this);
    }

    /// <summary>The live projects (a deleted project leaves the store).</summary>
    public ProjectStore Projects { get; }

    /// <summary>The app connections of both scopes.</summary>
    public ConnectionStore Connections { get; }

    /// <summary>The OAuth2 authorization codes already exchanged.</summary>
    public OAuthClaimStore OAuthClaims { get; }

    /// <summary>The platform's piece sets.</summary>
    public PieceSetStore PieceSets { get; }

    /// <summary>Enters a transaction: <c>using (database.BeginTransaction()) { … }</c>. It cannot span an <c>await</c>.</summary>
    public Lock.Scope BeginTransaction() => _lock.EnterScope();

    /// <summary>
    /// The next insertion number. Rows of every store share one sequence: it breaks ties between equal timestamps, and
    /// a new project's icon colour follows it.
    /// </summary>
    public long NextSequence()
    {
        AssertInTransaction();
        return ++_sequence;
    }

    /// <summary>Throws when the calling thread is outside a transaction (a store touched without the lock).</summary>
    public void AssertInTransaction()
    {
        if (!_lock.IsHeldByCurrentThread)
        {
            throw new InvalidOperationException("The emulator's stores are read and written only inside EmulatorDatabase.BeginTransaction().");
        }
    }
}
