namespace Activepieces.Records;

/// <summary>How a member's C# type is written to JSON.</summary>
internal enum MemberTypeKind
{
    /// <summary>A type the generator cannot write; the connection type is not generated.</summary>
    Unsupported,

    /// <summary><see cref="string"/>: a JSON string.</summary>
    String,

    /// <summary><see cref="bool"/>: a JSON boolean.</summary>
    Boolean,

    /// <summary>An integral type (<c>byte</c> … <c>ulong</c>): a JSON number.</summary>
    Integer,

    /// <summary><c>float</c>, <c>double</c> or <c>decimal</c>: a JSON number.</summary>
    Floating,

    /// <summary>An enum: a JSON string, the member's wire value.</summary>
    Enum,

    /// <summary>A collection of strings (<c>string[]</c>, <c>IReadOnlyList&lt;string&gt;</c>, <c>List&lt;string&gt;</c>, …): a JSON array.</summary>
    StringCollection,
}
