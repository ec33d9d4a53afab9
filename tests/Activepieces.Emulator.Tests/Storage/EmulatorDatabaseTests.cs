using Activepieces.Emulator.Http;
using Activepieces.Emulator.Identifiers;
using Activepieces.Emulator.Storage;

namespace Activepieces.Emulator.Tests.Storage;

public sealed class EmulatorDatabaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_store_refuses_to_be_read_or_written_outside_a_transaction()
    {
        var database = new EmulatorDatabase();

        Assert.Throws<InvalidOperationException>(() => database.Projects.Find("p"));
        Assert.Throws<InvalidOperationException>(() => database.Connections.All());
        Assert.Throws<InvalidOperationException>(() => database.OAuthClaims.TryClaim("piece", "client", "code"));
        Assert.Throws<InvalidOperationException>(() => database.NextSequence());
    }

    [Fact]
    public void The_external_id_index_is_unique_among_live_projects_and_follows_renames_and_deletes()
    {
        var database = new EmulatorDatabase();
        using (database.BeginTransaction())
        {
            var acme = Project(database, "acme");
            database.Projects.Insert(acme);

            var duplicate = Assert.Throws<ApiErrorException>(() => database.Projects.Insert(Project(database, "acme")));
            Assert.Equal(500, duplicate.StatusCode);
            Assert.Equal(DatabaseErrors.UniqueViolationCode, duplicate.Body["code"]!.GetValue<string>());
            Assert.Contains(ProjectStore.ExternalIdIndex, duplicate.Body["message"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(1, database.Projects.Count);

            database.Projects.SetExternalId(acme, "acme-2");
            Assert.Null(database.Projects.FindByExternalId("acme"));
            Assert.Same(acme, database.Projects.FindByExternalId("acme-2"));

            database.Projects.Delete(acme);
            Assert.Null(database.Projects.Find(acme.Id));
            Assert.Null(database.Projects.FindByExternalId("acme-2"));
            database.Projects.Insert(Project(database, "acme-2"));
            Assert.Equal(1, database.Projects.Count);
        }
    }

    [Fact]
    public void Connections_keep_insertion_order_per_external_id_and_leave_every_index_on_delete()
    {
        var database = new EmulatorDatabase();
        using (database.BeginTransaction())
        {
            var first = Connection(database, "gelato_acme");
            var other = Connection(database, "gelato_other");
            var second = Connection(database, "gelato_acme");
            database.Connections.Insert(first);
            database.Connections.Insert(other);
            database.Connections.Insert(second);

            Assert.Equal([first, second], database.Connections.WithExternalId("gelato_acme"));
            Assert.Empty(database.Connections.WithExternalId("GELATO_ACME"));

            database.Connections.DeleteWhere(row => row.ExternalId == "gelato_acme" && row.Sequence == first.Sequence);

            Assert.Null(database.Connections.Find(first.Id));
            Assert.Equal([second], database.Connections.WithExternalId("gelato_acme"));
            Assert.Equal([other, second], database.Connections.All());
        }
    }

    [Fact]
    public void An_authorization_code_is_claimed_once_per_piece_and_client()
    {
        var database = new EmulatorDatabase();
        using (database.BeginTransaction())
        {
            Assert.True(database.OAuthClaims.TryClaim("@activepieces/piece-slack", "client-1", "code-1"));
            Assert.False(database.OAuthClaims.TryClaim("@activepieces/piece-slack", "client-1", "code-1"));
            Assert.True(database.OAuthClaims.TryClaim("@activepieces/piece-slack", "client-2", "code-1"));
            Assert.True(database.OAuthClaims.TryClaim("@activepieces/piece-gmail", "client-1", "code-1"));

            // Length prefixes keep the parts apart: moving characters between them makes another claim.
            Assert.True(database.OAuthClaims.TryClaim("@activepieces/piece-slack", "client-1c", "ode-1"));
        }
    }

    private static ProjectRow Project(EmulatorDatabase database, string externalId) => new()
    {
        Id = ApId.New(),
        Sequence = database.NextSequence(),
        Created = Now,
        Updated = Now,
        DisplayName = externalId,
        ExternalId = externalId,
        MetadataJson = null,
        MaxConcurrentJobs = null,
        IconColor = "RED",
        PlanId = ApId.New(),
        PlanUpdated = Now,
    };

    private static ConnectionRow Connection(EmulatorDatabase database, string externalId) => new()
    {
        Id = ApId.New(),
        Sequence = database.NextSequence(),
        Created = Now,
        Updated = Now,
        ExternalId = externalId,
        DisplayName = externalId,
        Type = "SECRET_TEXT",
        PieceName = TestPieceFiles.Gelato,
        PieceVersion = TestPieces.GelatoVersion,
        Scope = "PLATFORM",
        Status = "ACTIVE",
        ProjectIds = [],
        MetadataJson = null,
        PreSelectForNewProjects = false,
        OwnerId = ApId.New(),
        ValueJson = """{"type":"SECRET_TEXT","secret_text":"s"}""",
        UsingSecretManager = false,
    };
}
