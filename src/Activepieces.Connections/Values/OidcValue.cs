using System.Text.Json;

namespace Activepieces;

/// <summary>
/// An <c>OIDC</c> credential: <c>{"type":"OIDC","props":{…}}</c>, the piece's own auth props as raw JSON values, written
/// like <see cref="CustomAuthValue"/>.
/// </summary>
public sealed record OidcValue : IConnectionValue
{
    /// <summary>Creates the value.</summary>
    /// <param name="props">The props, keyed by the piece's auth prop names.</param>
    /// <exception cref="ArgumentNullException"><paramref name="props"/> is null.</exception>
    public OidcValue(ConnectionProps props) => Props = props ?? throw new ArgumentNullException(nameof(props));

    /// <summary>Creates the value from tuples: <c>new OidcValue(("issuer", "https://id.acme.test"), ("clientId", "app"))</c>.</summary>
    /// <param name="props">The props, keyed by the piece's auth prop names.</param>
    public OidcValue(params (string Key, ConnectionPropValue Value)[] props)
        : this(new ConnectionProps(props))
    {
    }

    /// <summary>The props (<c>props</c>).</summary>
    [Secret]
    public ConnectionProps Props { get; }

    /// <inheritdoc/>
    public AuthType AuthType => AuthType.Oidc;

    /// <inheritdoc/>
    public void WriteValue(Utf8JsonWriter writer) => ConnectionValueWriter.WritePropsOnly(writer, AuthType, Props);

    /// <summary>Prints the prop keys only.</summary>
    /// <returns>E.g. <c>OidcValue { Props = { issuer, clientId } }</c>.</returns>
    public override string ToString() => $"OidcValue {{ Props = {Props} }}";
}
