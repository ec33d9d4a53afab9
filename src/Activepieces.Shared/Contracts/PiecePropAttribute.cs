namespace Activepieces;

/// <summary>Maps a member of a <see cref="PieceAuthAttribute"/> type to a piece prop key (or a value field).</summary>
[System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field | System.AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class PiecePropAttribute : System.Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="key">The prop key as the piece declares it, e.g. <c>website_url</c>.</param>
    public PiecePropAttribute(string key) => Key = key;

    /// <summary>The prop key as the piece declares it.</summary>
    public string Key { get; }
}
