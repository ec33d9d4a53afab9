namespace Activepieces.Emulator.Storage;

/// <summary>
/// The live projects, by id and by <c>externalId</c>. A delete is soft on the server (<c>deleted</c> set); here the
/// row leaves both indexes, since nothing reads a deleted project again.
/// </summary>
internal sealed class ProjectStore
{
    /// <summary>The server's unique index on the live projects' <c>(platformId, externalId)</c>.</summary>
    public const string ExternalIdIndex = "idx_project_platform_id_external_id";

    private readonly EmulatorDatabase _database;
    private readonly Dictionary<string, ProjectRow> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProjectRow> _byExternalId = new(StringComparer.Ordinal);

    public ProjectStore(EmulatorDatabase database) => _database = database;

    /// <summary>The number of live projects.</summary>
    public int Count
    {
        get
        {
            _database.AssertInTransaction();
            return _byId.Count;
        }
    }

    /// <summary>The live projects, oldest first (insertion order breaking ties).</summary>
    public IReadOnlyList<ProjectRow> All()
    {
        _database.AssertInTransaction();
        return _byId.Values.OrderBy(project => project.Created).ThenBy(project => project.Sequence).ToArray();
    }

    /// <summary>The live project with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public ProjectRow? Find(string id)
    {
        _database.AssertInTransaction();
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>The live project with <paramref name="externalId"/>, or <see langword="null"/>.</summary>
    public ProjectRow? FindByExternalId(string externalId)
    {
        _database.AssertInTransaction();
        return _byExternalId.GetValueOrDefault(externalId);
    }

    /// <summary>Throws what the unique index answers when a live project already has <paramref name="externalId"/>.</summary>
    public void EnsureExternalIdFree(string? externalId)
    {
        _database.AssertInTransaction();
        if (externalId is not null && _byExternalId.ContainsKey(externalId))
        {
            throw DatabaseErrors.UniqueViolation(ExternalIdIndex);
        }
    }

    /// <summary>Inserts a new project; a taken <c>externalId</c> fails as the unique index does.</summary>
    public void Insert(ProjectRow project)
    {
        EnsureExternalIdFree(project.ExternalId);
        _byId.Add(project.Id, project);
        if (project.ExternalId is not null)
        {
            _byExternalId.Add(project.ExternalId, project);
        }
    }

    /// <summary>Changes a project's <c>externalId</c> (the one way to, so the index stays right).</summary>
    public void SetExternalId(ProjectRow project, string externalId)
    {
        if (project.ExternalId == externalId)
        {
            _database.AssertInTransaction();
            return;
        }

        EnsureExternalIdFree(externalId);
        if (project.ExternalId is not null)
        {
            _byExternalId.Remove(project.ExternalId);
        }

        project.ExternalId = externalId;
        _byExternalId.Add(externalId, project);
    }

    /// <summary>Deletes a project (softly on the server): its id and <c>externalId</c> are free again.</summary>
    public void Delete(ProjectRow project)
    {
        _database.AssertInTransaction();
        _byId.Remove(project.Id);
        if (project.ExternalId is not null)
        {
            _byExternalId.Remove(project.ExternalId);
        }
    }
}
