using System.Text.Json.Serialization;

namespace Activepieces.Connections.IntegrationTests.Connections;

/// <summary>An enum prop with a wire name different from the member name.</summary>
public enum SslMode
{
    /// <summary>No TLS.</summary>
    Disabled,

    /// <summary>TLS with certificate and host checks.</summary>
    [JsonStringEnumMemberName("verify-full")]
    VerifyFull,
}
