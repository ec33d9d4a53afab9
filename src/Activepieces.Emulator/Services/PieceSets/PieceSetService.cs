using System.Text;
using System.Text.Json.Nodes;
using Activepieces.Emulator.Http;
using Activepieces.Emulator.Identifiers;
using Activepieces.Emulator.Services.Platform;
using Activepieces.Emulator.Storage;

namespace Activepieces.Emulator.Services.PieceSets;

/// <summary>
/// The piece-sets module, <c>ee/pieces/piece-set/piece-set.service.ts</c> and its controller: the sets that replaced
/// piece tags and the projects' piece filters. Every route is behind <c>platform.plan.managePiecesEnabled</c> (402).
/// One default set per platform (<c>isDefault</c>), created with the platform; a project's <c>pieceSetId</c>
/// <see langword="null"/> means the default set. Each operation is one transaction.
/// </summary>
internal sealed class PieceSetService
{
    /// <summary>The <c>entityType</c> of the 404 for an unknown piece-set id.</summary>
    private const string EntityType = "PieceSet";

    /// <summary>The <c>entityType</c> of the 404 for an unknown project id.</summary>
    private const string ProjectEntityType = "Project";

    /// <summary>The key and name of the platform's default set (the emulator's choice).</summary>
    private const string DefaultKey = "default";

    private readonly EmulatorDatabase _database;
    private readonly PlatformPlan _plan;
    private readonly TimeProvider _timeProvider;

    public PieceSetService(EmulatorDatabase database, PlatformPlan plan, TimeProvider timeProvider)
    {
        _database = database;
        _plan = plan;
        _timeProvider = timeProvider;
        using (_database.BeginTransaction())
        {
            Insert("Default", DefaultKey, isDefault: true, PieceSetModes.IncludeAll, [], null, null);
        }
    }

    /// <summary>The gate of the module (<c>platformMustHaveFeatureEnabled(p =&gt; p.plan.managePiecesEnabled)</c>).</summary>
    public void AssertEnabled() => _plan.AssertManagePiecesEnabled();

    /// <summary>Every set, in creation order (test setup and inspection).</summary>
    public IReadOnlyList<PieceSetRow> Snapshots()
    {
        using (_database.BeginTransaction())
        {
            return _database.PieceSets.All().Select(row => row.Copy()).ToArray();
        }
    }

    /// <summary>A seek page of the sets, ascending by creation.</summary>
    public SeekPage<PieceSetRow> List(string? cursor, int limit)
    {
        using (_database.BeginTransaction())
        {
            var all = _database.PieceSets.All().Select(row => row.Copy()).ToArray();
            return SeekPaginator.Paginate(all, row => SeekPaginator.CreationKey(row.Created, row.Sequence), cursor, limit);
        }
    }

    /// <summary>
    /// Creates a set: the key is derived from the name when absent (<see cref="KeyFromName"/>); a key another set
    /// has → 409 <c>VALIDATION</c> "Piece set key already used". A new set shows every piece.
    /// </summary>
    public PieceSetRow Create(string name, string? key)
    {
        using (_database.BeginTransaction())
        {
            return Insert(name, key ?? KeyFromName(name), isDefault: false, PieceSetModes.IncludeAll, [], null, null).Copy();
        }
    }

    /// <summary>Creates a set with exactly these pieces (options' <c>AddPieceSet</c>); an existing key gains the pieces.</summary>
    public void AddWithPieces(string key, IReadOnlyList<string> pieceNames)
    {
        using (_database.BeginTransaction())
        {
            if (_database.PieceSets.FindByKey(key) is { } existing)
            {
                existing.PiecesExceptions = [.. existing.PiecesExceptions.Union(pieceNames, StringComparer.Ordinal)];
                return;
            }

            Insert(key, key, isDefault: false, PieceSetModes.ExcludeAll, [.. pieceNames.Distinct(StringComparer.Ordinal)], null, null);
        }
    }

    /// <summary>The set <paramref name="id"/>; 404 <c>ENTITY_NOT_FOUND</c> (<c>PieceSet</c>) otherwise.</summary>
    public PieceSetRow Get(string id)
    {
        using (_database.BeginTransaction())
        {
            return Find(id).Copy();
        }
    }

    /// <summary>Updates a set; a key another set has → 409 "Piece set key already used".</summary>
    public PieceSetRow Update(string id, PieceSetUpdate update)
    {
        using (_database.BeginTransaction())
        {
            var pieceSet = Find(id);
            if (update.Key is { } key && key != pieceSet.Key)
            {
                AssertKeyFree(key);
                _database.PieceSets.SetKey(pieceSet, key);
            }

            pieceSet.Name = update.Name ?? pieceSet.Name;
            pieceSet.PiecesMode = update.PiecesMode ?? pieceSet.PiecesMode;
            pieceSet.PiecesExceptions = update.PiecesExceptions ?? pieceSet.PiecesExceptions;
            pieceSet.ActionsJson = update.ActionsJson ?? pieceSet.ActionsJson;
            pieceSet.TriggersJson = update.TriggersJson ?? pieceSet.TriggersJson;
            pieceSet.Updated = _timeProvider.GetUtcNow();
            return pieceSet.Copy();
        }
    }

    /// <summary>
    /// Deletes a set: the default set → 409 <c>VALIDATION</c>; the projects that used it fall back to the default set
    /// (<c>pieceSetId</c> null).
    /// </summary>
    public void Delete(string id)
    {
        using (_database.BeginTransaction())
        {
            var pieceSet = Find(id);
            if (pieceSet.IsDefault)
            {
                // The status and code are the server's; the wording is the emulator's.
                throw ApiErrors.Validation("The default piece set cannot be deleted");
            }

            foreach (var project in _database.Projects.All().Where(project => project.PieceSetId == id))
            {
                project.PieceSetId = null;
            }

            _database.PieceSets.Delete(pieceSet);
        }
    }

    /// <summary>Copies a set's pieces, actions and triggers into a new set named <paramref name="name"/> (key from the name).</summary>
    public PieceSetRow Duplicate(string id, string name)
    {
        using (_database.BeginTransaction())
        {
            var source = Find(id);
            return Insert(name, KeyFromName(name), isDefault: false, source.PiecesMode, source.PiecesExceptions, source.ActionsJson, source.TriggersJson).Copy();
        }
    }

    /// <summary>Assigns the set to live projects; an unknown project id → 404 <c>Project</c> and nothing assigned.</summary>
    public void AssignProjects(string id, IReadOnlyList<string> projectIds)
    {
        using (_database.BeginTransaction())
        {
            var pieceSet = Find(id);
            var projects = projectIds.Select(projectId => _database.Projects.Find(projectId) ?? throw ApiErrors.EntityNotFound(ProjectEntityType, projectId)).ToArray();
            foreach (var project in projects)
            {
                project.PieceSetId = pieceSet.Id;
                project.Updated = _timeProvider.GetUtcNow();
            }
        }
    }

    /// <summary>Takes the set away from a project, which falls back to the default set.</summary>
    public void UnassignProject(string id, string projectId)
    {
        using (_database.BeginTransaction())
        {
            _ = Find(id);
            var project = _database.Projects.Find(projectId) ?? throw ApiErrors.EntityNotFound(ProjectEntityType, projectId);
            if (project.PieceSetId == id)
            {
                project.PieceSetId = null;
                project.Updated = _timeProvider.GetUtcNow();
            }
        }
    }

    /// <summary>
    /// The set a login assigns (<c>ee/managed-authn/managed-authn-service.ts</c>, <c>applyProjectPieceAccess</c>): the
    /// one keyed <paramref name="key"/>; an unknown key (a warning in the server's log, no error) or no key → the
    /// default set. Must be called inside a transaction.
    /// </summary>
    public PieceSetRow ResolveForLogin(string? key) =>
        (key is null ? null : _database.PieceSets.FindByKey(key)) ?? _database.PieceSets.Default();

    /// <summary>
    /// A key derived from a name: lower case, every run of characters outside <c>[a-z0-9]</c> one <c>-</c>, no
    /// leading or trailing <c>-</c> ("Pro Tier" → <c>pro-tier</c>).
    /// </summary>
    public static string KeyFromName(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var character in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                key.Append(character);
            }
            else if (key.Length > 0 && key[^1] != '-')
            {
                key.Append('-');
            }
        }

        return key.ToString().TrimEnd('-');
    }

    private PieceSetRow Find(string id) =>
        _database.PieceSets.Find(id) ?? throw ApiErrors.EntityNotFound(EntityType, id);

    private void AssertKeyFree(string key)
    {
        if (_database.PieceSets.FindByKey(key) is not null)
        {
            throw ApiErrors.Validation("Piece set key already used");
        }
    }

    private PieceSetRow Insert(
        string name, string key, bool isDefault, string piecesMode, IReadOnlyList<string> piecesExceptions, string? actionsJson, string? triggersJson)
    {
        AssertKeyFree(key);
        var now = _timeProvider.GetUtcNow();
        var pieceSet = new PieceSetRow
        {
            Id = ApId.New(),
            Sequence = _database.NextSequence(),
            Created = now,
            Updated = now,
            Name = name,
            Key = key,
            IsDefault = isDefault,
            PiecesMode = piecesMode,
            PiecesExceptions = piecesExceptions,
            ActionsJson = actionsJson,
            TriggersJson = triggersJson,
        };
        _database.PieceSets.Insert(pieceSet);
        return pieceSet;
    }
}
