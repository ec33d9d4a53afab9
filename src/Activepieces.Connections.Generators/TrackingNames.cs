namespace Activepieces.Connections.Generators;

/// <summary>The names of the tracked incremental steps of <see cref="PieceAuthGenerator"/> (the caching tests assert on them).</summary>
internal static class TrackingNames
{
    /// <summary>The parse result of each <c>[PieceAuth]</c> type: the model, or null when it cannot be generated.</summary>
    public const string Parse = nameof(Parse);

    /// <summary>The models of the types that can be generated.</summary>
    public const string Generatable = nameof(Generatable);
}
