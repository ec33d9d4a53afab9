using System.Text.Json;
using System.Text.Json.Nodes;
using Activepieces.Cli.Tests.Infrastructure;
using Activepieces.Emulator;

namespace Activepieces.Cli.Tests.Pieces;

/// <summary><c>pieces check</c>: a pulled file against the emulator serving a changed piece.</summary>
public sealed class CheckCommandTests
{
    private const string Pulled = """
        {
          "name": "@activepieces/piece-drift",
          "displayName": "Drift",
          "version": "1.0.0",
          "auth": [
            {
              "type": "CUSTOM_AUTH",
              "displayName": "Connection",
              "required": true,
              "props": {
                "host": { "displayName": "Host", "type": "SHORT_TEXT", "required": true },
                "port": { "displayName": "Port", "type": "NUMBER", "required": true },
                "password": { "displayName": "Password", "type": "SECRET_TEXT", "required": true },
                "database": { "displayName": "Database", "type": "SHORT_TEXT", "required": false },
                "region": { "displayName": "Region", "type": "STATIC_DROPDOWN", "required": false,
                            "options": { "options": [ { "label": "EU", "value": "eu" }, { "label": "US", "value": "us" } ] } },
                "note": { "displayName": "Markdown", "type": "MARKDOWN", "required": false, "description": "Read this." }
              }
            },
            { "type": "SECRET_TEXT", "displayName": "API Key", "required": true }
          ]
        }
        """;

    /// <summary>Each case: how the instance's current metadata differs from the pulled file, the findings, the exit code.</summary>
    private static readonly Dictionary<string, (Action<JsonObject> Change, string[] Findings, int ExitCode)> Cases = new()
    {
        ["unchanged"] = (_ => { }, [], 0),
        ["only the version moved"] = (p => p["version"] = "1.0.1", [], 0),
        ["optional prop added"] = (p => Props(p)["ssl"] = Prop("CHECKBOX", required: false), ["PropAddedOptional CUSTOM_AUTH ssl CHECKBOX"], 0),
        ["required prop added"] = (p => Props(p)["ssl"] = Prop("CHECKBOX", required: true), ["PropAddedRequired CUSTOM_AUTH ssl CHECKBOX"], 1),
        ["prop removed"] = (p => Props(p).Remove("database"), ["PropRemoved CUSTOM_AUTH database SHORT_TEXT"], 1),
        ["type changed"] = (p => Props(p)["port"]!["type"] = "SHORT_TEXT", ["TypeChanged CUSTOM_AUTH port NUMBER -> SHORT_TEXT"], 1),
        ["became a secret"] = (p => Props(p)["host"]!["type"] = "SECRET_TEXT", ["SecretChanged CUSTOM_AUTH host SHORT_TEXT -> SECRET_TEXT"], 1),
        ["stopped being a secret"] = (p => Props(p)["password"]!["type"] = "SHORT_TEXT", ["SecretChanged CUSTOM_AUTH password SECRET_TEXT -> SHORT_TEXT"], 1),
        ["became required"] = (p => Props(p)["database"]!["required"] = true, ["BecameRequired CUSTOM_AUTH database"], 1),
        ["became optional"] = (p => Props(p)["host"]!["required"] = false, ["BecameOptional CUSTOM_AUTH host"], 0),
        ["option removed"] = (p => Options(p, "region").RemoveAt(1), ["OptionRemoved CUSTOM_AUTH region \"us\""], 1),
        ["option added"] = (p => Options(p, "region").Add(new JsonObject { ["label"] = "APAC", ["value"] = "apac" }), ["OptionAdded CUSTOM_AUTH region \"apac\""], 0),
        ["markdown changed"] = (p => Props(p)["note"]!["description"] = "Read this instead.", [], 0),
        ["auth type added"] = (p => Auths(p).Add(JsonNode.Parse("""{"type":"BASIC_AUTH","displayName":"Basic","required":true,"username":{"displayName":"U"},"password":{"displayName":"P"}}""")), ["AuthAdded BASIC_AUTH"], 0),
        ["auth type removed"] = (p => Auths(p).RemoveAt(1), ["AuthRemoved SECRET_TEXT"], 1),
        ["auth became a single object"] = (p => p["auth"] = Auths(p)[0]!.DeepClone(), ["AuthRemoved SECRET_TEXT"], 1),
        ["several changes"] = (
            p =>
            {
                Props(p).Remove("host");
                Props(p)["hostname"] = Prop("SHORT_TEXT", required: true);
                Props(p)["timeout"] = Prop("NUMBER", required: false);
            },
            ["PropRemoved CUSTOM_AUTH host SHORT_TEXT", "PropAddedRequired CUSTOM_AUTH hostname SHORT_TEXT", "PropAddedOptional CUSTOM_AUTH timeout NUMBER"],
            1),
    };

    public static TheoryData<string> CaseNames { get; } = new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Reports_the_drift_and_exits_1_only_when_it_breaks_records(string name)
    {
        var (change, expected, exitCode) = Cases[name];
        await using var emulator = await StartAsync(change);
        using var dir = new TempDirectory();
        WritePulled(dir);

        var run = await CliRun.RunAsync(dir.Path, "pieces", "check", "--json", "--instance", emulator.BaseUrl.ToString());

        Assert.True(run.ExitCode == exitCode, run.ToString());
        var piece = JsonDocument.Parse(run.Out).RootElement.GetProperty("pieces")[0];
        var findings = piece.GetProperty("findings").EnumerateArray().Select(Describe).ToArray();
        Assert.Equal(expected.Select(e => e.Replace("\"", string.Empty, StringComparison.Ordinal)), findings.Select(f => f.Replace("\"", string.Empty, StringComparison.Ordinal)));
        Assert.Equal(exitCode == 1, piece.GetProperty("breaking").GetBoolean());
    }

    [Fact]
    public async Task The_table_names_each_piece_and_prop_and_says_which_changes_break()
    {
        await using var emulator = await StartAsync(p =>
        {
            Props(p)["ssl"] = Prop("CHECKBOX", required: true);
            Props(p)["timeout"] = Prop("NUMBER", required: false);
            p["version"] = "1.1.0";
        });
        using var dir = new TempDirectory();
        WritePulled(dir);

        var run = await CliRun.RunAsync(dir.Path, "pieces", "check", "--instance", emulator.BaseUrl.ToString());

        Assert.Equal(1, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Matches(@"^Piece\s+Auth\s+Prop\s+Change\s+Detail\s+Breaking$", lines[0]);
        Assert.Matches(@"^@activepieces/piece-drift\s+CUSTOM_AUTH\s+ssl\s+prop added \(required\)\s+CHECKBOX\s+yes$", lines[2]);
        Assert.Matches(@"^@activepieces/piece-drift\s+CUSTOM_AUTH\s+timeout\s+prop added \(optional\)\s+NUMBER\s+no$", lines[3]);
        Assert.Contains($"{Path.Combine("pieces", "drift.piece.json")}: @activepieces/piece-drift 1.0.0 -> 1.1.0: BREAKING drift (2 change(s))", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 piece file(s) checked: 1 with breaking drift, 0 error(s).", run.Out, StringComparison.Ordinal);
        Assert.Contains("--update", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_rewrites_the_file_with_the_current_metadata_and_a_second_check_is_clean()
    {
        await using var emulator = await StartAsync(p =>
        {
            Props(p)["ssl"] = Prop("CHECKBOX", required: true);
            p["version"] = "1.1.0";
        });
        using var dir = new TempDirectory();
        WritePulled(dir);

        var first = await CliRun.RunAsync(dir.Path, "pieces", "check", "--update", "--instance", emulator.BaseUrl.ToString());
        var second = await CliRun.RunAsync(dir.Path, "pieces", "check", "--instance", emulator.BaseUrl.ToString());

        Assert.True(first.ExitCode == 1, first.ToString());
        Assert.Contains("file updated", first.Out, StringComparison.Ordinal);
        var file = JsonNode.Parse(await File.ReadAllTextAsync(dir.Combine("pieces", "drift.piece.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal("1.1.0", (string?)file["version"]);
        Assert.Equal("CHECKBOX", (string?)file["auth"]![0]!["props"]!["ssl"]!["type"]);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("no auth drift", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_piece_the_instance_no_longer_serves_is_an_error_with_exit_code_2()
    {
        await using var emulator = await ActivepiecesEmulator.StartAsync(
            new ActivepiecesEmulatorOptions().AddPieceFile(Corpus.PathOf("reference/mysql.piece.json")), TestContext.Current.CancellationToken);
        using var dir = new TempDirectory();
        WritePulled(dir);
        File.Copy(Corpus.PathOf("reference/mysql.piece.json"), dir.Combine("pieces", "mysql.piece.json"));

        var run = await CliRun.RunAsync(dir.Path, "pieces", "check", "--json", "--instance", emulator.BaseUrl.ToString());

        Assert.Equal(2, run.ExitCode);
        var pieces = JsonDocument.Parse(run.Out).RootElement.GetProperty("pieces");
        Assert.Contains("not found", pieces[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("pieces/drift.piece.json", pieces[0].GetProperty("file").GetString());
        Assert.Equal(JsonValueKind.Null, pieces[1].GetProperty("error").ValueKind);
        Assert.Empty(pieces[1].GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public async Task A_missing_or_empty_directory_is_an_error_with_exit_code_2()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("empty"));

        var missing = await CliRun.RunAsync(dir.Path, "pieces", "check", "--dir", "nowhere", "--instance", "http://127.0.0.1:9");
        var empty = await CliRun.RunAsync(dir.Path, "pieces", "check", "--dir", "empty", "--instance", "http://127.0.0.1:9");

        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("error: nowhere: no such directory (pull pieces first: dotnet activepieces pieces pull <piece>).", Assert.Single(missing.ErrorLines));
        Assert.Equal(2, empty.ExitCode);
        Assert.Equal("error: empty: no *.piece.json files to check.", Assert.Single(empty.ErrorLines));
    }

    private static async Task<ActivepiecesEmulator> StartAsync(Action<JsonObject> change)
    {
        var current = JsonNode.Parse(Pulled)!.AsObject();
        change(current);
        return await ActivepiecesEmulator.StartAsync(new ActivepiecesEmulatorOptions().AddPieceJson(current.ToJsonString()), TestContext.Current.CancellationToken);
    }

    private static void WritePulled(TempDirectory dir)
    {
        Directory.CreateDirectory(dir.Combine("pieces"));
        File.WriteAllText(dir.Combine("pieces", "drift.piece.json"), Pulled);
    }

    private static JsonArray Auths(JsonObject piece) => piece["auth"]!.AsArray();

    private static JsonObject Props(JsonObject piece) => Auths(piece)[0]!["props"]!.AsObject();

    private static JsonArray Options(JsonObject piece, string prop) => Props(piece)[prop]!["options"]!["options"]!.AsArray();

    private static JsonObject Prop(string type, bool required) => new() { ["displayName"] = type, ["type"] = type, ["required"] = required };

    private static string Describe(JsonElement finding)
    {
        var kind = finding.GetProperty("kind").GetString()!;
        var parts = new List<string> { char.ToUpperInvariant(kind[0]) + kind[1..], finding.GetProperty("auth").GetString()! };
        if (finding.GetProperty("prop").GetString() is { } prop)
        {
            parts.Add(prop);
        }

        var before = finding.GetProperty("before").GetString();
        var after = finding.GetProperty("after").GetString();
        if (before is not null && after is not null)
        {
            parts.Add(before + " -> " + after);
        }
        else if ((before ?? after) is { } single)
        {
            parts.Add(single);
        }

        Assert.Equal(finding.GetProperty("breaking").GetBoolean(), kind is "authRemoved" or "propAddedRequired" or "propRemoved" or "typeChanged" or "secretChanged" or "becameRequired" or "optionRemoved");
        return string.Join(' ', parts);
    }
}
