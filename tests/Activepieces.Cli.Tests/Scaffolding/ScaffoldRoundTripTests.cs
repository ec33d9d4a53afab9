using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Activepieces.Cli.Tests.Infrastructure;
using Activepieces.Emulator;
using Activepieces.TestSupport;

namespace Activepieces.Cli.Tests.Scaffolding;

/// <summary>
/// Every scaffolded CUSTOM_AUTH, OIDC, SECRET_TEXT and BASIC_AUTH record of the corpus, compiled with the generator, filled
/// with a value for every member and created on the emulator through <see cref="PredefinedConnectionsClient.CreateAsync{TValue}"/>:
/// the emulator accepts it, the real Zod schema accepts the body the client sent, and the body carries exactly the
/// piece's keys.
/// </summary>
public sealed class ScaffoldRoundTripTests
{
    public static TheoryData<string, string> Auths { get; } =
        new(Corpus.Auths().Where(a => a.Auth is "CUSTOM_AUTH" or "OIDC" or "SECRET_TEXT" or "BASIC_AUTH"));

    [Theory]
    [MemberData(nameof(Auths))]
    public async Task The_scaffolded_record_creates_a_connection_whose_body_the_real_schema_accepts(string file, string auth)
    {
        var ct = TestContext.Current.CancellationToken;
        var json = await File.ReadAllTextAsync(Corpus.PathOf(file), ct);
        var run = await CliRun.RunAsync(Corpus.Directory, "pieces", "scaffold", file, "--auth", auth, "--namespace", "RoundTrip", "--output", "-");
        Assert.True(run.ExitCode == 0, run.ToString());
        var compiled = await ScaffoldCompilation.CompileAsync(run.Out, Path.GetFileName(file), json, ct);
        Assert.True(compiled.Diagnostics.IsEmpty, compiled.Describe());

        var context = new AssemblyLoadContext("scaffolded", isCollectible: true);
        try
        {
            using var image = new MemoryStream();
            var emit = compiled.Compilation.Emit(image, cancellationToken: ct);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            image.Position = 0;
            var type = context.LoadFromStream(image).GetTypes().Single(t => t.GetCustomAttribute<PieceAuthAttribute>() is not null);
            var value = Fill(type);

            await using var emulator = await ActivepiecesEmulator.StartAsync(new ActivepiecesEmulatorOptions().AddPieceJson(json), ct);
            using var http = new HttpClient();
            var client = new ActivepiecesClient(http, new ActivepiecesOptions { InstanceUrl = emulator.BaseUrl, ApiKey = emulator.ApiKey });
            var descriptor = (PredefinedConnectionDescriptor)type.GetProperty("ConnectionDescriptor", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var create = typeof(PredefinedConnectionsClient).GetMethod(nameof(PredefinedConnectionsClient.CreateAsync))!.MakeGenericMethod(type);
            var connection = await (Task<AppConnection>)create.Invoke(client.PredefinedConnections, [descriptor, "org_round_trip", value, ct])!;

            Assert.Equal(auth, connection.Type);
            var body = emulator.RequestLog.Single(r => r.Method == "POST" && r.Path == "/api/v1/global-connections").RequestBody;
            var verdict = await ContractValidator.ValidateAsync(ContractCase.Input(file + "/" + auth, ContractSchemas.UpsertGlobalConnectionRequestBody, body), ct);
            Assert.True(verdict.Accepted, verdict.Describe());
            Assert.Empty(verdict.UnknownKeys);

            var sent = JsonDocument.Parse(body).RootElement.GetProperty("value");
            Assert.Equal(auth, sent.GetProperty("type").GetString());
            if (auth is "CUSTOM_AUTH" or "OIDC")
            {
                var expectedKeys = Corpus.Read(file).Auths.Single(a => a.Type == auth).Props.Where(p => p.CarriesValue).Select(p => p.Key).Order(StringComparer.Ordinal);
                Assert.Equal(expectedKeys, sent.GetProperty("props").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            }
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>A record with every member set: strings, numbers, booleans, the first enum value, a one-element list.</summary>
    private static object Fill(Type type)
    {
        var value = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0))
        {
            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var member = target switch
            {
                _ when target == typeof(string) => "value-of-" + property.Name,
                _ when target == typeof(double) => 42.5,
                _ when target == typeof(bool) => true,
                { IsEnum: true } => Enum.GetValues(target).GetValue(0)!,
                _ when typeof(IEnumerable).IsAssignableFrom(target) => new List<string> { "first" },
                _ => throw new InvalidOperationException($"No sample value for {property.Name} of type {property.PropertyType}."),
            };
            property.SetValue(value, member);
        }

        return value;
    }
}
