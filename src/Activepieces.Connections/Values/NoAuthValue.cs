using System.Text.Json;

namespace Activepieces;

/// <summary>A <c>NO_AUTH</c> connection: <c>{"type":"NO_AUTH"}</c>.</summary>
public sealed record NoAuthValue : IConnectionValue
{
    /// <summary>The single instance.</summary>
    public static NoAuthValue Instance { get; } = new();

    /// <inheritdoc/>
    public AuthType AuthType => AuthType.NoAuth;

    /// <inheritdoc/>
    public void WriteValue(Utf8JsonWriter writer)
    {
        ConnectionValueWriter.WriteStart(writer, AuthType);
        writer.WriteEndObject();
    }

    /// <inheritdoc/>
    public override string ToString() => "NoAuthValue { }";
}
