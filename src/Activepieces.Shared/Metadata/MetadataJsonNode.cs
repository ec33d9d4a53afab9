using System.Collections.Generic;

namespace Activepieces.Metadata;

/// <summary>The kind of a <see cref="MetadataJsonNode"/>.</summary>
internal enum MetadataJsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A JSON value of a piece metadata file together with the UTF-8 byte offset where it starts, so that a problem
/// found while interpreting the document can be reported at its line and position (a <c>JsonElement</c> does not
/// know where it came from).
/// </summary>
internal sealed class MetadataJsonNode
{
    private MetadataJsonNode(MetadataJsonKind kind, long offset, int rawLength, string? text, List<MetadataJsonProperty>? properties, List<MetadataJsonNode>? items)
    {
        Kind = kind;
        Offset = offset;
        RawLength = rawLength;
        Text = text;
        Properties = properties;
        Items = items;
    }

    /// <summary>The kind of value.</summary>
    public MetadataJsonKind Kind { get; }

    /// <summary>The UTF-8 byte offset of the value's first token.</summary>
    public long Offset { get; }

    /// <summary>The length in UTF-8 bytes of a scalar's JSON text (a string's quotes included); 0 for objects and arrays.</summary>
    public int RawLength { get; }

    /// <summary>The unescaped string of a <see cref="MetadataJsonKind.String"/>, the raw text of a <see cref="MetadataJsonKind.Number"/>.</summary>
    public string? Text { get; }

    /// <summary>The properties of an object in document order (duplicates included); otherwise null.</summary>
    public List<MetadataJsonProperty>? Properties { get; }

    /// <summary>The items of an array; otherwise null.</summary>
    public List<MetadataJsonNode>? Items { get; }

    /// <summary>A human name of the kind for messages, e.g. "an object".</summary>
    public string KindDescription => Kind switch
    {
        MetadataJsonKind.Object => "an object",
        MetadataJsonKind.Array => "an array",
        MetadataJsonKind.String => "a string",
        MetadataJsonKind.Number => "a number",
        MetadataJsonKind.True or MetadataJsonKind.False => "a boolean",
        _ => "null",
    };

    public static MetadataJsonNode NewObject(long offset) => new(MetadataJsonKind.Object, offset, 0, null, new List<MetadataJsonProperty>(), null);

    public static MetadataJsonNode NewArray(long offset) => new(MetadataJsonKind.Array, offset, 0, null, null, new List<MetadataJsonNode>());

    public static MetadataJsonNode NewScalar(MetadataJsonKind kind, long offset, int rawLength, string? text) => new(kind, offset, rawLength, text, null, null);

    /// <summary>The first property named <paramref name="name"/> of an object, or null.</summary>
    public MetadataJsonProperty? Find(string name)
    {
        if (Properties is null)
        {
            return null;
        }

        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, name, System.StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>The first property of an object whose name occurs earlier in the same object, or null.</summary>
    public MetadataJsonProperty? FindDuplicate()
    {
        if (Properties is null || Properties.Count < 2)
        {
            return null;
        }

        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var property in Properties)
        {
            if (!seen.Add(property.Name))
            {
                return property;
            }
        }

        return null;
    }
}

/// <summary>A property of a <see cref="MetadataJsonNode"/> object: its name, where the name starts and its value.</summary>
internal sealed class MetadataJsonProperty
{
    public MetadataJsonProperty(string name, long nameOffset, MetadataJsonNode value)
    {
        Name = name;
        NameOffset = nameOffset;
        Value = value;
    }

    /// <summary>The unescaped property name.</summary>
    public string Name { get; }

    /// <summary>The UTF-8 byte offset of the property name.</summary>
    public long NameOffset { get; }

    /// <summary>The value.</summary>
    public MetadataJsonNode Value { get; }
}
