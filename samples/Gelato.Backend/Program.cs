using Activepieces;
using Activepieces.Embedding;
using Gelato.Backend;
using OpenTelemetry;

// The sample SaaS backend: POST /embed-token makes sure the org's Activepieces project and Gelato connection exist,
// then mints the embed token, which names the plan tier's piece set. Without configuration it runs against an embedded emulator.
var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

var settings = builder.Configuration.GetSection(ActivepiecesSettings.SectionName).Get<ActivepiecesSettings>() ?? new ActivepiecesSettings();
EmbeddedActivepieces? embedded = null;
if (!settings.UsesRealInstance)
{
    embedded = await EmbeddedActivepieces.StartAsync(Path.Combine(AppContext.BaseDirectory, "pieces"), CancellationToken.None);
    settings = embedded.Settings;
    builder.Services.AddSingleton(embedded); // an instance: disposed below, after shutdown
}

var activepieces = builder.Services.AddActivepieces(options =>
{
    options.InstanceUrl = Uri.TryCreate(settings.InstanceUrl, UriKind.Absolute, out var url) ? url : null;
    options.ApiKey = settings.ApiKey;
});

// Several replicas: with Activepieces:Redis set (a StackExchange.Redis configuration string, e.g. "localhost:6379"),
// the Ensure and project-id caches are shared through HybridCache over Redis, so an org ensured by one replica costs
// the others no request. The entries hold no credential (see the README, "Running several replicas").
var redis = builder.Configuration[ActivepiecesSettings.SectionName + ":" + nameof(ActivepiecesSettings.Redis)];
if (!string.IsNullOrWhiteSpace(redis))
{
    builder.Services.AddStackExchangeRedisCache(options => options.Configuration = redis);
    activepieces.UseDistributedEnsureCache(options => options.KeyPrefix = "gelato:activepieces:");
}

// GET /healthz: Healthy when the instance answers and accepts the key, Degraded while the client's circuit is open.
builder.Services.AddHealthChecks().AddActivepieces();

// The client's traces and metrics: the AddSource and AddMeter lines are all an OpenTelemetry setup needs. They are
// exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set (e.g. http://localhost:4317 for a local collector).
var openTelemetry = builder.Services.AddOpenTelemetry()
    .WithTracing(tracing => tracing.AddSource(ActivepiecesTelemetry.SourceName))
    .WithMetrics(metrics => metrics.AddMeter(ActivepiecesTelemetry.MeterName));
if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
{
    openTelemetry.UseOtlpExporter();
}

builder.Services.AddSingleton(_ => ActivepiecesEmbedToken.FromPem(
    settings.SigningKeyId ?? throw new InvalidOperationException("Activepieces:SigningKeyId is required with Activepieces:InstanceUrl."),
    settings.SigningKeyPem ?? throw new InvalidOperationException("Activepieces:SigningKeyPem is required with Activepieces:InstanceUrl.")));
builder.Services.AddSingleton<CustomerSettingsStore>();
builder.Services.AddSingleton<PlanPieceSet>();
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapPost("/embed-token", EmbedTokenEndpoint.HandleAsync);
app.MapHealthChecks("/healthz");
if (embedded is not null)
{
    app.MapGet("/dev/piece-view/{orgId}", PieceViewEndpoint.Handle);
}

// The plan tier's piece set, which every token names (v4): ensured once here, and again before a mint if this failed.
await app.Services.GetRequiredService<PlanPieceSet>().EnsureAtStartAsync(app.Services.GetRequiredService<ActivepiecesClient>(), CancellationToken.None);

await app.StartAsync();
Console.WriteLine($"Gelato backend listening on {app.Urls.First()}");
Console.WriteLine(embedded is null
    ? $"Activepieces instance {settings.InstanceUrl}"
    : $"Activepieces emulator listening on {embedded.Emulator.BaseUrl}");
Console.WriteLine("ready");
await app.WaitForShutdownAsync();
if (embedded is not null)
{
    await embedded.DisposeAsync();
}

/// <summary>The sample's entry point (public for the in-process tests).</summary>
public partial class Program;
