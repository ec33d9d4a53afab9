namespace Activepieces.Cli.Drift;

/// <summary>One change of a piece's auth.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="AuthType">The auth entry's wire type, e.g. <c>CUSTOM_AUTH</c>.</param>
/// <param name="Prop">The prop key, or null for a change of the auth entry itself.</param>
/// <param name="Before">The old value (a type, an option), if the kind has one.</param>
/// <param name="After">The new value, if the kind has one.</param>
internal sealed record DriftFinding(DriftKind Kind, string AuthType, string? Prop = null, string? Before = null, string? After = null)
{
    /// <summary>Whether records written for the old metadata stop fitting the piece.</summary>
    public bool IsBreaking => Kind is DriftKind.AuthRemoved or DriftKind.PropAddedRequired or DriftKind.PropRemoved
        or DriftKind.TypeChanged or DriftKind.SecretChanged or DriftKind.BecameRequired or DriftKind.OptionRemoved;

    /// <summary>The kind in words, e.g. <c>prop added (required)</c>.</summary>
    public string Description => Kind switch
    {
        DriftKind.AuthAdded => "auth type added",
        DriftKind.AuthRemoved => "auth type removed",
        DriftKind.PropAddedRequired => "prop added (required)",
        DriftKind.PropAddedOptional => "prop added (optional)",
        DriftKind.PropRemoved => "prop removed",
        DriftKind.TypeChanged => "type changed",
        DriftKind.SecretChanged => "secret-ness changed",
        DriftKind.BecameRequired => "became required",
        DriftKind.BecameOptional => "became optional",
        DriftKind.OptionRemoved => "option removed",
        DriftKind.OptionAdded => "option added",
        _ => Kind.ToString(),
    };

    /// <summary><c>before -> after</c>, or whichever side exists.</summary>
    public string Detail => (Before, After) switch
    {
        ({ } before, { } after) => before + " -> " + after,
        ({ } before, null) => before,
        (null, { } after) => after,
        _ => string.Empty,
    };
}
