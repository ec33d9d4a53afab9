using System.Text.Json;

namespace Activepieces;

/// <summary>
/// A <c>CUSTOM_AUTH</c> credential: <c>{"type":"CUSTOM_AUTH","props":{…}}</c>, the piece's own auth props as raw JSON
/// values (a NUMBER prop is a JSON number, a CHECKBOX a boolean).
/// </summary>
public sealed record CustomAuthValue : IConnectionValue
{
    /// <summary>Creates the value.</summary>
    /// <param name="props">The props, keyed by the piece's auth prop names.</param>
    public CustomAuthValue(ConnectionProps props) => Props = props ?? throw new ArgumentNullException(nameof(props));

    /// <summary>Creates the value from tuples: <c>new CustomAuthValue(("host", "db"), ("port", 3306))</c>.</summary>
    /// <param name="props">The props, keyed by the piece's auth prop names.</param>
    public CustomAuthValue(params (string Key, ConnectionPropValue Value)[] props)
        : this(new ConnectionProps(props))
    {
    }

    /// <summary>The props (<c>props</c>).</summary>
    [Secret]
    public ConnectionProps Props { get; }

    /// <inheritdoc/>
    public AuthType AuthType => AuthType.CustomAuth;

    /// <inheritdoc/>
    public void WriteValue(Utf8JsonWriter writer) => ConnectionValueWriter.WritePropsOnly(writer, AuthType, Props);

    /// <summary>Prints the prop keys only.</summary>
    /// <returns>E.g. <c>CustomAuthValue { Props = { host, port } }</c>.</returns>
    public override string ToString() => $"CustomAuthValue {{ Props = {Props} }}";
}
