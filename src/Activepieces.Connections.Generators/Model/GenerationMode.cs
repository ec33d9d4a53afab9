namespace Activepieces.Connections.Generators.Model;

/// <summary>
/// How much of a <c>[PieceAuth]</c> type the generator emits. A type with a problem fails the build with its APC error;
/// its stand-in keeps the call sites compiling, so that error is the only one the build shows (no CS1061 on every
/// <c>Create…ConnectionAsync</c> call).
/// </summary>
internal enum GenerationMode
{
    /// <summary>The type has no problem: everything is emitted.</summary>
    Complete,

    /// <summary>
    /// Only the members have problems (APC005–APC007): the partial part holds the naming members (<c>PieceName</c>,
    /// <c>ExternalIdPrefix</c>, <c>ConnectionDescriptor</c>, <c>ExternalIdFor</c>, <c>TryGetExternalProjectId</c>) and the
    /// client extension methods are stand-ins that throw. No <c>IConnectionValue</c> and no redaction: they read the
    /// members.
    /// </summary>
    StandInWithNamingMembers,

    /// <summary>
    /// The type cannot take a generated partial part (not partial, a conflicting member, an invalid argument, …): only the
    /// stand-in client extension methods are emitted, which name the type but none of its generated members.
    /// </summary>
    StandInExtensionsOnly,
}
