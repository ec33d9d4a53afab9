using System.Text;
using System.Text.Json;
using Activepieces;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Usage: Activepieces.Connections.AotSmoke [instanceUrl apiKey]
// Without arguments it only wires the client (DI, configuration binding, options validation, value serialization);
// with a server (e.g. the emulator) it also runs create / ensure / get / delete of a predefined connection.
var instanceUrl = args.Length > 0 ? args[0] : "https://ap.example.invalid";
var apiKey = args.Length > 1 ? args[1] : "sk-" + new string('A', 61);

var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Activepieces:InstanceUrl"] = instanceUrl,
        ["Activepieces:ApiKey"] = apiKey,
        ["Activepieces:EnsureCacheDuration"] = "00:01:00",
    })
    .Build();
var services = new ServiceCollection();
services.AddActivepieces(configuration.GetSection("Activepieces"));
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<ActivepiecesClient>();

var value = new CustomAuthValue(("host", "db"), ("port", 3306), ("ssl", true));
var buffer = new MemoryStream();
using (var writer = new Utf8JsonWriter(buffer))
{
    value.WriteValue(writer);
}

Console.WriteLine("value: " + Encoding.UTF8.GetString(buffer.ToArray()));

if (args.Length < 2)
{
    Console.WriteLine("client wired: " + (client.PredefinedConnections is not null));
    return 0;
}

var descriptor = new PredefinedConnectionDescriptor("@activepieces/piece-gelato", AuthType.SecretText, "gelato_", "Gelato");
var created = await client.PredefinedConnections.CreateAsync(descriptor, "aot_org", new SecretTextValue("s"));
var ensured = await client.PredefinedConnections.EnsureAsync(descriptor, "aot_org", new SecretTextValue("s"));
var found = await client.PredefinedConnections.GetAsync(descriptor, "aot_org");
var deleted = await client.PredefinedConnections.DeleteAsync(descriptor, "aot_org");
var piece = await client.Pieces.GetAsync("@activepieces/piece-gelato");
Console.WriteLine($"created {created.ExternalId}, ensured {ensured.Id == created.Id}, found {found?.Id == created.Id}, deleted {deleted}, piece {piece.Version}");
return created.Id == ensured.Id && found is not null && deleted ? 0 : 1;
