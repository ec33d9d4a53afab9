using Activepieces;
using Activepieces.GeneratedAotSmoke;

// Provisions a MySQL connection for one customer project through the generated extensions (create, ensure, get)
// and prints ids only: the connection value is a secret. Exit code 0 when all three agree, 1 otherwise, 2 on bad input.
var instanceUrl = Environment.GetEnvironmentVariable("ACTIVEPIECES_INSTANCE_URL");
var apiKey = Environment.GetEnvironmentVariable("ACTIVEPIECES_API_KEY");
var externalProjectId = Environment.GetEnvironmentVariable("ACTIVEPIECES_EXTERNAL_PROJECT_ID") ?? "aot_org";
if (string.IsNullOrEmpty(instanceUrl) || string.IsNullOrEmpty(apiKey))
{
    Console.Error.WriteLine("Set ACTIVEPIECES_INSTANCE_URL and ACTIVEPIECES_API_KEY.");
    return 2;
}

using var client = new ActivepiecesClient(new ActivepiecesOptions { InstanceUrl = new Uri(instanceUrl), ApiKey = apiKey });
var connection = new MySqlConnection("db.internal", 3306, "app", "aot-smoke-password", "orders");

var created = await client.CreateMySqlConnectionAsync(externalProjectId, connection);
var ensured = await client.EnsureMySqlConnectionAsync(externalProjectId, connection);
var found = await client.GetMySqlConnectionAsync(externalProjectId);

Console.WriteLine($"created {created.ExternalId} ({created.Id}); ensured same: {ensured.Id == created.Id}; found same: {found?.Id == created.Id}");
Console.WriteLine($"record: {connection}");
return ensured.Id == created.Id && found?.Id == created.Id ? 0 : 1;
