namespace Activepieces.Connections.Generators.Model;

/// <summary>How a member's key (prop key or value field name) was resolved.</summary>
internal enum KeySource
{
    /// <summary>From <c>[PieceProp("key")]</c> on the property, field or primary-constructor parameter.</summary>
    PieceProp,

    /// <summary>From <c>[JsonPropertyName("key")]</c> on the property, field or primary-constructor parameter.</summary>
    JsonPropertyName,

    /// <summary>By convention: the camelCase member name (<c>ApiKey</c> → <c>apiKey</c>).</summary>
    Convention,
}
