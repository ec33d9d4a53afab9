using System.Text.Json;

namespace Activepieces;

/// <summary>A <c>SECRET_TEXT</c> credential: <c>{"type":"SECRET_TEXT","secret_text":"…"}</c>.</summary>
public sealed record SecretTextValue : IConnectionValue
{
    /// <summary>Creates the value.</summary>
    /// <param name="secretText">The secret; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="secretText"/> is null or empty.</exception>
    public SecretTextValue(string secretText) => SecretText = ConnectionValueWriter.Required(secretText, nameof(secretText));

    /// <summary>The secret (<c>secret_text</c>).</summary>
    [Secret]
    public string SecretText { get; }

    /// <inheritdoc/>
    public AuthType AuthType => AuthType.SecretText;

    /// <inheritdoc/>
    public void WriteValue(Utf8JsonWriter writer)
    {
        ConnectionValueWriter.WriteStart(writer, AuthType);
        writer.WriteString("secret_text", SecretText);
        writer.WriteEndObject();
    }

    /// <summary>Never prints the secret.</summary>
    /// <returns><c>SecretTextValue { SecretText = *** }</c>.</returns>
    public override string ToString() => "SecretTextValue { SecretText = *** }";
}
