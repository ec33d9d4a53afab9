namespace Activepieces.Embedding;

/// <summary>The project role the embedded user gets (<c>role</c> claim).</summary>
public enum EmbedUserRole
{
    /// <summary><c>EDITOR</c> (the server's default).</summary>
    Editor,

    /// <summary><c>ADMIN</c>.</summary>
    Admin,

    /// <summary><c>VIEWER</c>.</summary>
    Viewer,
}
