namespace Activepieces.Cli.Drift;

/// <summary>How a piece's auth changed between the pulled metadata and the instance's current metadata.</summary>
internal enum DriftKind
{
    /// <summary>The piece gained an auth type. Existing records keep working.</summary>
    AuthAdded,

    /// <summary>The piece dropped an auth type: records of that type no longer fit (breaking).</summary>
    AuthRemoved,

    /// <summary>A new required prop: records lack it and the server rejects their values (breaking).</summary>
    PropAddedRequired,

    /// <summary>A new optional prop. Existing records keep working.</summary>
    PropAddedOptional,

    /// <summary>A prop disappeared: records still send it (breaking).</summary>
    PropRemoved,

    /// <summary>A prop's type changed, e.g. SHORT_TEXT to NUMBER (breaking).</summary>
    TypeChanged,

    /// <summary>A prop became a secret or stopped being one: its member's <c>[Secret]</c> must follow (breaking).</summary>
    SecretChanged,

    /// <summary>An optional prop became required: records may leave it empty (breaking).</summary>
    BecameRequired,

    /// <summary>A required prop became optional. Existing records keep working.</summary>
    BecameOptional,

    /// <summary>A dropdown lost an option: an enum member carrying it no longer fits (breaking).</summary>
    OptionRemoved,

    /// <summary>A dropdown gained an option. Existing records keep working.</summary>
    OptionAdded,
}
