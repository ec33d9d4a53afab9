using System.Text.Json;
using System.Text.Json.Nodes;
using Activepieces.TestSupport;

namespace Activepieces.Contract.Tests.RequestCases;

/// <summary>
/// Generates request bodies and queries, deterministically, for every request schema the emulator mirrors: valid ones
/// for every auth type, and systematic mutations (each field absent, null, empty, of each wrong JSON type; mismatched
/// <c>type</c>/<c>value.type</c>; wrong scope; bad piece versions; extra and duplicate keys; unicode; non-object roots;
/// coerced query numbers). The real schema decides what is valid: the generator never labels a case.
/// </summary>
/// <param name="projectId">An existing project's id, used in every body that names a project.</param>
/// <param name="pieceName">A known piece, used in every body that names a piece.</param>
internal sealed class RequestCaseGenerator(string projectId, string pieceName)
{
    /// <summary>Connection types of the global union (no PLACEHOLDER).</summary>
    public static readonly string[] GlobalTypes =
        ["SECRET_TEXT", "OAUTH2", "CLOUD_OAUTH2", "PLATFORM_OAUTH2", "BASIC_AUTH", "CUSTOM_AUTH", "OIDC", "NO_AUTH"];

    /// <summary>Connection types of the app-connection union.</summary>
    public static readonly string[] AppTypes = [.. GlobalTypes, "PLACEHOLDER"];

    private readonly List<RequestCase> _cases = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>Wrong values tried for every field, by label (a factory each, since a node has one parent).</summary>
    private static readonly (string Label, Func<JsonNode?> Value)[] WrongValues =
    [
        ("null", () => null),
        ("\"\"", () => JsonValue.Create(string.Empty)),
        ("7", () => JsonValue.Create(7)),
        ("true", () => JsonValue.Create(true)),
        ("[]", () => new JsonArray()),
        ("[\"x\"]", () => new JsonArray("x")),
        ("{}", () => new JsonObject()),
        ("\"x\"", () => JsonValue.Create("x")),
    ];

    /// <summary>All cases, in a fixed order.</summary>
    public IReadOnlyList<RequestCase> Generate()
    {
        if (_cases.Count == 0)
        {
            GlobalUpserts();
            AppUpserts();
            UpdateGlobal();
            UpdateApp();
            CreateProjects();
            UpdateProjects();
            Queries();
        }

        return _cases;
    }

    /// <summary>A valid <c>value</c> for a connection type, with only its required fields.</summary>
    public static JsonObject ValueFor(string type) => type switch
    {
        "SECRET_TEXT" => Obj(("type", type), ("secret_text", "s3cr3t-value")),
        "OAUTH2" => Obj(("type", type), ("client_id", "cid"), ("client_secret", "csecret"), ("code", "auth-code"), ("redirect_url", "https://app.example/redirect"), ("scope", "read write")),
        "CLOUD_OAUTH2" => Obj(("type", type), ("client_id", "cid"), ("code", "auth-code"), ("scope", "read")),
        "PLATFORM_OAUTH2" => Obj(("type", type), ("client_id", "cid"), ("code", "auth-code"), ("redirect_url", "https://app.example/redirect"), ("scope", "")),
        "BASIC_AUTH" => Obj(("type", type), ("username", "user"), ("password", "p4ss")),
        "CUSTOM_AUTH" or "OIDC" => Obj(("type", type), ("props", Obj(("host", "db"), ("port", 3306), ("ssl", true)))),
        "NO_AUTH" => Obj(("type", type)),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No value for this connection type."),
    };

    /// <summary>The optional <c>value</c> fields of a type, each with a valid example.</summary>
    private static (string Key, Func<JsonNode?> Value)[] OptionalValueFields(string type) => type switch
    {
        "OAUTH2" =>
        [
            ("code_challenge", () => "verifier"), ("authorization_method", () => "BODY"),
            ("grant_type", () => "client_credentials"), ("props", () => Obj(("tenant", "t1"))),
        ],
        "CLOUD_OAUTH2" or "PLATFORM_OAUTH2" =>
            [("code_challenge", () => "verifier"), ("authorization_method", () => "HEADER"), ("props", () => Obj(("region", "eu")))],
        _ => [],
    };

    /// <summary>A valid global upsert body of a type, with only its required fields and an externalId.</summary>
    public JsonObject GlobalBody(string type) => Obj(
        ("displayName", $"Global {type}"),
        ("pieceName", pieceName),
        ("type", type),
        ("value", ValueFor(type)),
        ("scope", "PLATFORM"),
        ("projectIds", new JsonArray(projectId)),
        ("externalId", $"contract_{type.ToLowerInvariant()}"));

    /// <summary>A valid app-connection upsert body of a type.</summary>
    public JsonObject AppBody(string type)
    {
        var body = Obj(
            ("externalId", $"contract_app_{type.ToLowerInvariant()}"),
            ("displayName", $"App {type}"),
            ("pieceName", pieceName),
            ("projectId", projectId),
            ("type", type));
        if (type != "PLACEHOLDER")
        {
            body["value"] = ValueFor(type);
        }

        return body;
    }

    private void GlobalUpserts()
    {
        const string schema = ContractSchemas.UpsertGlobalConnectionRequestBody;
        RootShapes("global", schema);
        foreach (var type in GlobalTypes)
        {
            var prefix = $"global/{type}";
            var valid = GlobalBody(type);
            Add($"{prefix}/valid", schema, valid);
            Add($"{prefix}/all-optional", schema, With(valid, ("metadata", Obj(("tier", "gold"))), ("pieceVersion", "0.2.3"), ("preSelectForNewProjects", true)));
            Add($"{prefix}/projectIds-duplicated", schema, With(valid, ("projectIds", new JsonArray(projectId, projectId))));
            Add($"{prefix}/no-externalId", schema, Without(valid, "externalId"));
            TopLevelMutations(prefix, schema, valid, ["displayName", "pieceName", "type", "value", "scope", "projectIds", "externalId", "metadata", "pieceVersion", "preSelectForNewProjects"]);
            ValueMutations(prefix, schema, valid, type, GlobalTypes);
            Add($"{prefix}/scope=PROJECT", schema, With(valid, ("scope", "PROJECT")));
            Add($"{prefix}/scope=platform", schema, With(valid, ("scope", "platform")));
            Add($"{prefix}/projectIds=[7]", schema, With(valid, ("projectIds", new JsonArray(7))));
            Add($"{prefix}/projectIds=[null]", schema, With(valid, ("projectIds", new JsonArray((JsonNode?)null))));
            Add($"{prefix}/with-projectId", schema, With(valid, ("projectId", projectId)));
            PieceVersions(prefix, schema, valid);
            Metadata(prefix, schema, valid);
            Add($"{prefix}/unicode", schema, With(valid, ("displayName", "Connexion émoji 🚀 ✓ 密码"), ("externalId", "ünïcödé_ext")));
            Add($"{prefix}/type-lowercase", schema, With(valid, ("type", type.ToLowerInvariant())));
            Add($"{prefix}/preSelect=\"true\"", schema, With(valid, ("preSelectForNewProjects", "true")));
        }

        Add("global/PLACEHOLDER/no-value", schema, Without(With(GlobalBody("NO_AUTH"), ("type", "PLACEHOLDER")), "value"));
        Add("global/SECRET_TEXT/as-app-body", schema, AppBody("SECRET_TEXT"));
        AddRaw("global/SECRET_TEXT/duplicate-type-last-wins-bad", schema,
            $$"""{"displayName":"d","pieceName":"{{pieceName}}","type":"SECRET_TEXT","type":"BASIC_AUTH","value":{"type":"SECRET_TEXT","secret_text":"s"},"scope":"PLATFORM","projectIds":[]}""");
        AddRaw("global/SECRET_TEXT/duplicate-type-last-wins-good", schema,
            $$"""{"displayName":"d","pieceName":"{{pieceName}}","type":"BASIC_AUTH","type":"SECRET_TEXT","value":{"type":"SECRET_TEXT","secret_text":"s"},"scope":"PLATFORM","projectIds":[]}""");
    }

    private void AppUpserts()
    {
        const string schema = ContractSchemas.UpsertAppConnectionRequestBody;
        RootShapes("app", schema);
        foreach (var type in AppTypes)
        {
            var prefix = $"app/{type}";
            var valid = AppBody(type);
            Add($"{prefix}/valid", schema, valid);
            Add($"{prefix}/all-optional", schema, With(valid, ("metadata", Obj(("tier", "gold"))), ("pieceVersion", "0.2.3")));
            TopLevelMutations(prefix, schema, valid, ["externalId", "displayName", "pieceName", "projectId", "type", "value", "metadata", "pieceVersion"]);
            if (type != "PLACEHOLDER")
            {
                ValueMutations(prefix, schema, valid, type, AppTypes);
            }
            else
            {
                Add($"{prefix}/with-value", schema, With(valid, ("value", ValueFor("SECRET_TEXT"))));
            }

            Add($"{prefix}/global-extras", schema, With(valid, ("scope", "PLATFORM"), ("projectIds", new JsonArray(projectId))));
            PieceVersions(prefix, schema, valid);
            Metadata(prefix, schema, valid);
            Add($"{prefix}/unicode", schema, With(valid, ("displayName", "Verbindung ünïcödé 🚀"), ("externalId", "ext-ß-✓")));
            Add($"{prefix}/type-lowercase", schema, With(valid, ("type", type.ToLowerInvariant())));
        }

        Add("app/SECRET_TEXT/as-global-body", schema, GlobalBody("SECRET_TEXT"));
    }

    private void UpdateGlobal()
    {
        const string schema = ContractSchemas.UpdateGlobalConnectionValueRequestBody;
        RootShapes("update-global", schema);
        var valid = Obj(("displayName", "Renamed"));
        Add("update-global/valid", schema, valid);
        Add("update-global/all-optional", schema, With(valid, ("projectIds", new JsonArray(projectId)), ("metadata", Obj(("k", 1))), ("preSelectForNewProjects", false)));
        Add("update-global/projectIds=[7]", schema, With(valid, ("projectIds", new JsonArray(7))));
        Add("update-global/unicode", schema, With(valid, ("displayName", "Ünïcödé 🚀")));
        Add("update-global/whitespace-name", schema, With(valid, ("displayName", " ")));
        Add("update-global/with-value", schema, With(valid, ("value", ValueFor("SECRET_TEXT"))));
        TopLevelMutations("update-global", schema, With(valid, ("projectIds", new JsonArray(projectId)), ("metadata", Obj(("k", 1))), ("preSelectForNewProjects", true)),
            ["displayName", "projectIds", "metadata", "preSelectForNewProjects"]);
        AddRaw("update-global/duplicate-displayName-last-empty", schema, """{"displayName":"ok","displayName":""}""");
        AddRaw("update-global/duplicate-displayName-last-ok", schema, """{"displayName":"","displayName":"ok"}""");
    }

    private void UpdateApp()
    {
        const string schema = ContractSchemas.UpdateConnectionValueRequestBody;
        RootShapes("update-app", schema);
        var valid = Obj(("displayName", "Renamed"));
        Add("update-app/valid", schema, valid);
        Add("update-app/all-optional", schema, With(valid, ("metadata", Obj(("k", Obj(("nested", new JsonArray(1, 2))))))));
        Add("update-app/extra-projectIds", schema, With(valid, ("projectIds", "not-validated")));
        TopLevelMutations("update-app", schema, With(valid, ("metadata", Obj(("k", 1)))), ["displayName", "metadata"]);
        AddRaw("update-app/displayName-lone-surrogate", schema, """{"displayName":"\ud800"}""");
        AddRaw("update-app/metadata-__proto__-object", schema, """{"displayName":"a","metadata":{"__proto__":{"x":1}}}""");
        AddRaw("update-app/metadata-__proto__-null", schema, """{"displayName":"a","metadata":{"__proto__":null}}""");
        AddRaw("update-app/fields-under-__proto__", schema, """{"__proto__":{"displayName":"a"}}""");
        AddRaw("update-app/extra-__proto__-array", schema, """{"displayName":"a","__proto__":[]}""");
    }

    private void CreateProjects()
    {
        const string schema = ContractSchemas.CreatePlatformProjectRequest;
        RootShapes("create-project", schema);
        var valid = Obj(("displayName", "Acme"));
        Add("create-project/valid", schema, valid);
        Add("create-project/all-optional", schema, With(valid, ("externalId", "acme"), ("metadata", Obj(("plan", "pro"))), ("maxConcurrentJobs", 5), ("globalConnectionExternalIds", new JsonArray("gelato_acme")), ("alertReceiverEmail", "ops@acme.io")));
        Add("create-project/nulls", schema, With(valid, ("externalId", null), ("metadata", null), ("maxConcurrentJobs", null), ("alertReceiverEmail", null)));
        TopLevelMutations("create-project", schema, With(valid, ("externalId", "acme"), ("metadata", Obj()), ("maxConcurrentJobs", 2), ("globalConnectionExternalIds", new JsonArray()), ("alertReceiverEmail", "ops@acme.io")),
            ["displayName", "externalId", "metadata", "maxConcurrentJobs", "globalConnectionExternalIds", "alertReceiverEmail"]);
        DisplayNames("create-project", schema, valid);
        foreach (var (label, jobs) in Numbers())
        {
            Add($"create-project/maxConcurrentJobs={label}", schema, With(valid, ("maxConcurrentJobs", jobs())));
        }

        string[] emails = ["ops@acme.com", "A.B-c+d@x-y.io", "a@b.c", "a..b@x.co", ".a@x.co", "a.@x.co", "a@x.co\n", "a@-x.co", "a@x", "a b@x.co", "ünï@x.co", "a@x.co.uk", "o'brien@x.ie", "@x.co"];
        foreach (var email in emails)
        {
            Add($"create-project/alertReceiverEmail={JsonSerializer.Serialize(email)}", schema, With(valid, ("alertReceiverEmail", email)));
        }

        AddRaw("create-project/displayName-lone-surrogate", schema, """{"displayName":"a\ud800"}""");
        AddRaw("create-project/maxConcurrentJobs=1e-400", schema, """{"displayName":"a","maxConcurrentJobs":1e-400}""");
        Add("create-project/globalConnectionExternalIds=[7]", schema, With(valid, ("globalConnectionExternalIds", new JsonArray(7))));
    }

    private void UpdateProjects()
    {
        const string schema = ContractSchemas.UpdateProjectPlatformRequest;
        RootShapes("update-project", schema);
        var empty = Obj();
        Add("update-project/empty", schema, empty);
        var full = Obj(
            ("releasesEnabled", true), ("displayName", "Acme"), ("externalId", "acme"), ("metadata", Obj(("a", 1))),
            ("icon", Obj(("color", "DEEP_ORANGE"))), ("plan", Obj(("pieces", new JsonArray(pieceName)), ("piecesFilterType", "ALLOWED"))),
            ("globalConnectionExternalIds", new JsonArray("g1")), ("maxConcurrentJobs", 3));
        Add("update-project/all-optional", schema, full);
        TopLevelMutations("update-project", schema, full,
            ["releasesEnabled", "displayName", "externalId", "metadata", "icon", "plan", "globalConnectionExternalIds", "maxConcurrentJobs"]);
        DisplayNames("update-project", schema, empty);
        foreach (var (label, jobs) in Numbers())
        {
            Add($"update-project/maxConcurrentJobs={label}", schema, With(empty, ("maxConcurrentJobs", jobs())));
        }

        foreach (var color in new[] { "RED", "CYAN", "LAVENDER", "red", "BLACK", "" })
        {
            Add($"update-project/icon.color={color}", schema, With(empty, ("icon", Obj(("color", color)))));
        }

        Add("update-project/icon={}", schema, With(empty, ("icon", Obj())));
        Add("update-project/plan={}", schema, With(empty, ("plan", Obj())));
        Add("update-project/plan.piecesFilterType=NONE", schema, With(empty, ("plan", Obj(("piecesFilterType", "NONE")))));
        Add("update-project/plan.piecesFilterType=allowed", schema, With(empty, ("plan", Obj(("piecesFilterType", "allowed")))));
        Add("update-project/plan.pieces=string", schema, With(empty, ("plan", Obj(("pieces", pieceName)))));
        Add("update-project/plan.pieces=[7]", schema, With(empty, ("plan", Obj(("pieces", new JsonArray(7))))));
        Add("update-project/plan.pieces=null", schema, With(empty, ("plan", Obj(("pieces", null)))));
        Add("update-project/externalId=null", schema, With(empty, ("externalId", null)));
    }

    private void Queries()
    {
        (string Name, string Schema, Dictionary<string, string[]> Base)[] queries =
        [
            ("query-global", ContractSchemas.ListGlobalConnectionsRequestQuery, []),
            ("query-app", ContractSchemas.ListAppConnectionsRequestQuery, new() { ["projectId"] = [projectId] }),
            ("query-projects", ContractSchemas.ListProjectRequestForPlatformQueryParams, []),
        ];
        string[] limits = ["5", "", "  ", " 12 ", "0x10", "0X1f", "-0x10", "0b11", "0o7", "0x", "1e3", "1E-2", ".5", "5.", "+5", "-5", "Infinity", "-Infinity", "NaN", "abc", "1_000", "1e400", "12px", "\u00a07\u2003", "\t5\n", "٣", "0", "1.5.2", "e5", "--5"];
        foreach (var (name, schema, baseQuery) in queries)
        {
            AddQuery($"{name}/empty", schema, baseQuery);
            foreach (var limit in limits)
            {
                AddQuery($"{name}/limit={JsonSerializer.Serialize(limit)}", schema, With(baseQuery, ("limit", [limit])));
            }

            AddQuery($"{name}/limit=[5,6]", schema, With(baseQuery, ("limit", ["5", "6"])));
            AddQuery($"{name}/Limit=abc", schema, With(baseQuery, ("Limit", ["abc"])));
            AddQuery($"{name}/cursor", schema, With(baseQuery, ("cursor", ["bmV4dF8xMjM="])));
            AddQuery($"{name}/cursor-repeated", schema, With(baseQuery, ("cursor", ["a", "b"])));
            AddQuery($"{name}/cursor-empty", schema, With(baseQuery, ("cursor", [""])));
            AddQuery($"{name}/displayName-repeated", schema, With(baseQuery, ("displayName", ["a", "b"])));
            AddQuery($"{name}/unknown-param", schema, With(baseQuery, ("externalIdFilter", ["x", "y"])));
            AddQuery($"{name}/all", schema, With(baseQuery, ("limit", ["20"]), ("cursor", ["c"]), ("displayName", ["Ac"])));
        }

        foreach (var (name, schema, baseQuery) in queries[..2])
        {
            foreach (var status in new[] { new[] { "ACTIVE" }, ["ACTIVE", "ERROR"], ["MISSING", "ERROR", "ACTIVE"], ["active"], ["ACTIVE", "DELETED"], [""] })
            {
                AddQuery($"{name}/status={string.Join(",", status)}", schema, With(baseQuery, ("status", status)));
            }

            foreach (var scope in new[] { "PROJECT", "PLATFORM", "platform", "" })
            {
                AddQuery($"{name}/scope={scope}", schema, With(baseQuery, ("scope", [scope])));
            }

            AddQuery($"{name}/scope-repeated", schema, With(baseQuery, ("scope", ["PROJECT", "PLATFORM"])));
            AddQuery($"{name}/pieceName", schema, With(baseQuery, ("pieceName", [pieceName])));
            AddQuery($"{name}/pieceName-repeated", schema, With(baseQuery, ("pieceName", [pieceName, pieceName])));
        }

        AddQuery("query-app/no-projectId", ContractSchemas.ListAppConnectionsRequestQuery, []);
        AddQuery("query-app/projectId-repeated", ContractSchemas.ListAppConnectionsRequestQuery, new() { ["projectId"] = [projectId, projectId] });
        AddQuery("query-app/projectId-empty", ContractSchemas.ListAppConnectionsRequestQuery, new() { ["projectId"] = [""] });
        AddQuery("query-global/projectId-ignored", ContractSchemas.ListGlobalConnectionsRequestQuery, new() { ["projectId"] = ["a", "b"] });
        const string projects = ContractSchemas.ListProjectRequestForPlatformQueryParams;
        foreach (var types in new[] { new[] { "TEAM" }, ["PERSONAL", "TEAM"], ["team"], ["TEAM", "OTHER"] })
        {
            AddQuery($"query-projects/types={string.Join(",", types)}", projects, new() { ["types"] = types });
        }

        AddQuery("query-projects/externalId", projects, new() { ["externalId"] = ["acme"] });
        AddQuery("query-projects/externalId-repeated", projects, new() { ["externalId"] = ["acme", "beta"] });
        AddQuery("query-projects/externalUserId", projects, new() { ["externalUserId"] = ["user-1"] });
        QsSyntax();
    }

    /// <summary>The bracket syntax of <c>qs</c>, which the server's query parser understands.</summary>
    private void QsSyntax()
    {
        const string global = ContractSchemas.ListGlobalConnectionsRequestQuery;
        (string Label, Dictionary<string, string[]> Query)[] cases =
        [
            ("status[]=ACTIVE", new() { ["status[]"] = ["ACTIVE"] }),
            ("status[]=BAD", new() { ["status[]"] = ["BAD"] }),
            ("status[]=ACTIVE&status[]=ERROR", new() { ["status[]"] = ["ACTIVE", "ERROR"] }),
            ("status[0]=ACTIVE&status[1]=MISSING", new() { ["status[0]"] = ["ACTIVE"], ["status[1]"] = ["MISSING"] }),
            ("status[19]=ACTIVE", new() { ["status[19]"] = ["ACTIVE"] }),
            ("status[20]=ACTIVE", new() { ["status[20]"] = ["ACTIVE"] }),
            ("status[01]=ACTIVE", new() { ["status[01]"] = ["ACTIVE"] }),
            ("status=ACTIVE ×20", new() { ["status"] = Enumerable.Repeat("ACTIVE", 20).ToArray() }),
            ("status=ACTIVE ×21", new() { ["status"] = Enumerable.Repeat("ACTIVE", 21).ToArray() }),
            ("status[]=ACTIVE ×21", new() { ["status[]"] = Enumerable.Repeat("ACTIVE", 21).ToArray() }),
            ("status[21]=ACTIVE", new() { ["status[21]"] = ["ACTIVE"] }),
            ("status[x]=ACTIVE", new() { ["status[x]"] = ["ACTIVE"] }),
            ("status[0]=ACTIVE&status[0]=ERROR", new() { ["status[0]"] = ["ACTIVE", "ERROR"] }),
            ("status=ACTIVE&status[]=ERROR", new() { ["status"] = ["ACTIVE"], ["status[]"] = ["ERROR"] }),
            ("limit[]=5", new() { ["limit[]"] = ["5"] }),
            ("limit[]=5&limit[]=6", new() { ["limit[]"] = ["5", "6"] }),
            ("limit=5&limit[]=6", new() { ["limit"] = ["5"], ["limit[]"] = ["6"] }),
            ("limit[a]=5", new() { ["limit[a]"] = ["5"] }),
            ("cursor[]=c", new() { ["cursor[]"] = ["c"] }),
            ("displayName[x][y]=a", new() { ["displayName[x][y]"] = ["a"] }),
            ("scope[]=PLATFORM", new() { ["scope[]"] = ["PLATFORM"] }),
            ("pieceName[=x", new() { ["pieceName["] = ["x"] }),
            ("limit]=abc", new() { ["limit]"] = ["abc"] }),
            ("limit.x=abc", new() { ["limit.x"] = ["abc"] }),
            ("limit=5&Limit=abc", new() { ["limit"] = ["5"], ["Limit"] = ["abc"] }),
        ];
        foreach (var (label, query) in cases)
        {
            AddQuery($"query-global/qs:{label}", global, query);
        }

        AddQuery("query-app/qs:projectId[]", ContractSchemas.ListAppConnectionsRequestQuery, new() { ["projectId[]"] = [projectId] });
        AddQuery("query-projects/qs:types[]=TEAM", ContractSchemas.ListProjectRequestForPlatformQueryParams, new() { ["types[]"] = ["TEAM"] });
        AddQuery("query-projects/qs:types[0]=BAD", ContractSchemas.ListProjectRequestForPlatformQueryParams, new() { ["types[0]"] = ["BAD"] });
    }

    private void RootShapes(string prefix, string schema)
    {
        foreach (var (label, value) in WrongValues)
        {
            if (value() is not JsonObject)
            {
                Add($"{prefix}/root: {label}", schema, value());
            }
        }
    }

    private void TopLevelMutations(string prefix, string schema, JsonObject valid, string[] keys)
    {
        foreach (var key in keys)
        {
            Add($"{prefix}/{key}=absent", schema, Without(valid, key));
            foreach (var (label, value) in WrongValues)
            {
                Add($"{prefix}/{key}: {label}", schema, With(valid, (key, value())));
            }
        }
    }

    private void ValueMutations(string prefix, string schema, JsonObject valid, string type, string[] allTypes)
    {
        var value = (JsonObject)valid["value"]!;
        var withOptionals = (JsonObject)value.DeepClone();
        foreach (var (key, example) in OptionalValueFields(type))
        {
            withOptionals[key] = example();
            Add($"{prefix}/value.{key}=valid", schema, With(valid, ("value", With(value, (key, example())))));
        }

        Add($"{prefix}/value.all-optional", schema, With(valid, ("value", withOptionals)));
        foreach (var key in withOptionals.Select(p => p.Key).Where(k => k != "type").ToList())
        {
            Add($"{prefix}/value.{key}=absent", schema, With(valid, ("value", Without(withOptionals, key))));
            foreach (var (label, wrong) in WrongValues)
            {
                Add($"{prefix}/value.{key}: {label}", schema, With(valid, ("value", With(withOptionals, (key, wrong())))));
            }
        }

        Add($"{prefix}/value.type=absent", schema, With(valid, ("value", Without(value, "type"))));
        Add($"{prefix}/value.type=null", schema, With(valid, ("value", With(value, ("type", null)))));
        Add($"{prefix}/value.extra-key", schema, With(valid, ("value", With(value, ("access_token", "tok")))));
        foreach (var other in allTypes.Where(t => t != type))
        {
            Add($"{prefix}/value.type={other}", schema, With(valid, ("value", With(value, ("type", other)))));
            if (other != "PLACEHOLDER")
            {
                Add($"{prefix}/value-of-{other}", schema, With(valid, ("value", ValueFor(other))));
            }
        }
    }

    private void PieceVersions(string prefix, string schema, JsonObject valid)
    {
        foreach (var version in new[] { "0.2.3", "~0.2.0", "^1.0.0", "latest", "not-semver", "", " " })
        {
            Add($"{prefix}/pieceVersion={JsonSerializer.Serialize(version)}", schema, With(valid, ("pieceVersion", version)));
        }
    }

    private void Metadata(string prefix, string schema, JsonObject valid)
    {
        Add($"{prefix}/metadata={{}}", schema, With(valid, ("metadata", Obj())));
        Add($"{prefix}/metadata=nested", schema, With(valid, ("metadata", Obj(("a", Obj(("b", new JsonArray(1, null, "c")))), ("n", null)))));
    }

    private void DisplayNames(string prefix, string schema, JsonObject valid)
    {
        foreach (var name in new[] { "Acme Inc", "acme.com", "a/b", "a\\b", "..", " ", "Ünïcödé 🚀", "line\nbreak", "trailing\n", "x" })
        {
            Add($"{prefix}/displayName={JsonSerializer.Serialize(name)}", schema, With(valid, ("displayName", name)));
        }
    }

    private static IEnumerable<(string Label, Func<JsonNode?> Value)> Numbers() =>
    [
        ("1", () => JsonValue.Create(1)), ("0", () => JsonValue.Create(0)), ("-1", () => JsonValue.Create(-1)),
        ("1.5", () => JsonValue.Create(1.5)), ("1.0", () => JsonNode.Parse("1.0")), ("1e2", () => JsonNode.Parse("1e2")),
        ("-0", () => JsonNode.Parse("-0")), ("2^53-1", () => JsonNode.Parse("9007199254740991")),
        ("2^53", () => JsonNode.Parse("9007199254740992")), ("1e400", () => JsonNode.Parse("1e400")),
        ("1e20", () => JsonNode.Parse("1e20")), ("5e-324", () => JsonNode.Parse("5e-324")),
        ("1.0000000000000001", () => JsonNode.Parse("1.0000000000000001")), ("-1e-400", () => JsonNode.Parse("-1e-400")),
        ("\"2\"", () => JsonValue.Create("2")),
    ];

    private void Add(string id, string schema, JsonNode? json) =>
        AddCase(new RequestCase(id, schema, JsonSerializer.SerializeToElement(json), null));

    private void AddRaw(string id, string schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        AddCase(new RequestCase(id, schema, document.RootElement.Clone(), null));
    }

    private void AddQuery(string id, string schema, Dictionary<string, string[]> query) =>
        AddCase(new RequestCase(id, schema, JsonSerializer.SerializeToElement(EmulatorApi.BuildQuery(query)), query));

    private void AddCase(RequestCase requestCase)
    {
        if (!_ids.Add(requestCase.Id))
        {
            throw new InvalidOperationException($"The generator produced the case id '{requestCase.Id}' twice.");
        }

        _cases.Add(requestCase);
    }

    private static JsonObject Obj(params (string Key, JsonNode? Value)[] properties)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in properties)
        {
            obj[key] = value;
        }

        return obj;
    }

    private static JsonObject With(JsonObject source, params (string Key, JsonNode? Value)[] changes)
    {
        var copy = (JsonObject)source.DeepClone();
        foreach (var (key, value) in changes)
        {
            copy[key] = value?.Parent is null ? value : value.DeepClone();
        }

        return copy;
    }

    private static JsonObject Without(JsonObject source, string key)
    {
        var copy = (JsonObject)source.DeepClone();
        copy.Remove(key);
        return copy;
    }

    private static Dictionary<string, string[]> With(Dictionary<string, string[]> source, params (string Key, string[] Values)[] changes)
    {
        var copy = new Dictionary<string, string[]>(source, StringComparer.Ordinal);
        foreach (var (key, values) in changes)
        {
            copy[key] = values;
        }

        return copy;
    }
}
