namespace Activepieces;

/// <summary>
/// Formats secret-manager references, <c>{{&lt;managerId&gt;|ap_sep_v1|&lt;path&gt;}}</c>: a connection value string
/// that the server resolves from the platform's secret manager at upsert and whenever a piece reads the connection
/// (the connection then reports <see cref="AppConnection.UsingSecretManager"/>). A backend can so store references
/// instead of raw credentials in Activepieces.
/// </summary>
/// <example>
/// <code>
/// var key = SecretManagerReference.Format("vault-main", "customers/org_1234/gelato-api-key");
/// await client.PredefinedConnections.CreateAsync(gelato, "org_1234", new SecretTextValue(key), ct);
/// </code>
/// </example>
public static class SecretManagerReference
{
    /// <summary>The separator between the manager id and the path.</summary>
    public const string Separator = "|ap_sep_v1|";

    /// <summary>Formats the reference to <paramref name="path"/> in the secret manager <paramref name="managerId"/>.</summary>
    /// <param name="managerId">The secret manager's id on the platform; not empty, without <c>|</c>, <c>{</c> or <c>}</c>.</param>
    /// <param name="path">The secret's path or name in that manager; not empty, without <c>{</c> or <c>}</c>.</param>
    /// <returns><c>{{managerId|ap_sep_v1|path}}</c>.</returns>
    /// <exception cref="ArgumentException">A part is empty or contains a character the server's reference pattern excludes.</exception>
    public static string Format(string managerId, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(managerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (managerId.AsSpan().IndexOfAny('|', '{', '}') >= 0)
        {
            throw new ArgumentException("A secret manager id must not contain '|', '{' or '}'.", nameof(managerId));
        }

        if (path.AsSpan().IndexOfAny('{', '}') >= 0)
        {
            throw new ArgumentException("A secret path must not contain '{' or '}'.", nameof(path));
        }

        return "{{" + managerId + Separator + path + "}}";
    }

    /// <summary>Splits a reference made by <see cref="Format"/> back into its parts.</summary>
    /// <param name="value">A string that may be a reference.</param>
    /// <param name="managerId">The manager id when this returns true.</param>
    /// <param name="path">The path when this returns true.</param>
    /// <returns>Whether <paramref name="value"/> is exactly one well-formed reference.</returns>
    public static bool TryParse(string? value, out string managerId, out string path)
    {
        managerId = string.Empty;
        path = string.Empty;
        if (value is null || value.Length < 4 || !value.StartsWith("{{", StringComparison.Ordinal) || !value.EndsWith("}}", StringComparison.Ordinal))
        {
            return false;
        }

        var inner = value.AsSpan(2, value.Length - 4);
        var separator = inner.IndexOf(Separator, StringComparison.Ordinal);
        if (separator <= 0)
        {
            return false;
        }

        var manager = inner[..separator];
        var rest = inner[(separator + Separator.Length)..];
        if (rest.IsEmpty || manager.IndexOfAny('|', '{', '}') >= 0 || rest.IndexOfAny('{', '}') >= 0)
        {
            return false;
        }

        managerId = manager.ToString();
        path = rest.ToString();
        return true;
    }
}
