using System.Text.Json;

namespace Activepieces;

/// <summary>A <c>BASIC_AUTH</c> credential: <c>{"type":"BASIC_AUTH","username":"…","password":"…"}</c>.</summary>
public sealed record BasicAuthValue : IConnectionValue
{
    /// <summary>Creates the value.</summary>
    /// <param name="username">The user name; not empty.</param>
    /// <param name="password">The password; not empty.</param>
    /// <exception cref="ArgumentException">An argument is null or empty.</exception>
    public BasicAuthValue(string username, string password)
    {
        Username = ConnectionValueWriter.Required(username, nameof(username));
        Password = ConnectionValueWriter.Required(password, nameof(password));
    }

    /// <summary>The user name.</summary>
    public string Username { get; }

    /// <summary>The password.</summary>
    [Secret]
    public string Password { get; }

    /// <inheritdoc/>
    public AuthType AuthType => AuthType.BasicAuth;

    /// <inheritdoc/>
    public void WriteValue(Utf8JsonWriter writer)
    {
        ConnectionValueWriter.WriteStart(writer, AuthType);
        writer.WriteString("username", Username);
        writer.WriteString("password", Password);
        writer.WriteEndObject();
    }

    /// <summary>Never prints the credentials.</summary>
    /// <returns><c>BasicAuthValue { Username = ***, Password = *** }</c>.</returns>
    public override string ToString() => "BasicAuthValue { Username = ***, Password = *** }";
}
