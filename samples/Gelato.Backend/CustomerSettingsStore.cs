using System.Collections.Concurrent;

namespace Gelato.Backend;

/// <summary>
/// The sample's stand-in for the SaaS backend's own database: each customer org's Gelato credentials.
/// </summary>
public sealed class CustomerSettingsStore
{
    private readonly ConcurrentDictionary<string, GelatoConnection> _gelato = new(StringComparer.Ordinal);

    /// <summary>Creates the store with two demo orgs.</summary>
    public CustomerSettingsStore()
    {
        _gelato["org_1234"] = new GelatoConnection("demo-gelato-key-1234", "store-1234");
        _gelato["org_5678"] = new GelatoConnection("demo-gelato-key-5678", "store-5678");
    }

    /// <summary>Finds an org's Gelato credentials.</summary>
    /// <param name="orgId">The org id.</param>
    /// <returns>The credentials, or <see langword="null"/> when the org has none.</returns>
    public GelatoConnection? FindGelato(string orgId) => _gelato.TryGetValue(orgId, out var connection) ? connection : null;

    /// <summary>Sets an org's Gelato credentials (a customer edited them in the SaaS settings page).</summary>
    /// <param name="orgId">The org id.</param>
    /// <param name="connection">The credentials.</param>
    public void SetGelato(string orgId, GelatoConnection connection) => _gelato[orgId] = connection;
}
