using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace Activepieces.Metadata;

/// <summary>
/// Reads UTF-8 JSON into a <see cref="MetadataJsonNode"/> tree with <see cref="Utf8JsonReader"/>, guarded by a
/// maximum depth. Comments and trailing commas are accepted because the files are edited by hand.
/// </summary>
internal static class MetadataJsonTreeReader
{
    /// <summary>The deepest nesting accepted; real piece metadata stays far below it.</summary>
    public const int MaxDepth = 64;

    private static readonly JsonReaderOptions Options = new()
    {
        MaxDepth = MaxDepth,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Builds the tree of <paramref name="utf8"/>.</summary>
    /// <returns>The root value, or null when the input holds no JSON value at all.</returns>
    /// <exception cref="JsonException">The input is not JSON or nests deeper than <see cref="MaxDepth"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static MetadataJsonNode? Read(byte[] utf8, CancellationToken cancellationToken)
    {
        var reader = new Utf8JsonReader(utf8, Options);
        var open = new Stack<MetadataJsonNode>();
        MetadataJsonNode? root = null;
        string? propertyName = null;
        long propertyNameOffset = 0;
        var tokens = 0;

        while (reader.Read())
        {
            if ((++tokens & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var offset = reader.TokenStartIndex;
            MetadataJsonNode node;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    propertyName = reader.GetString() ?? string.Empty;
                    propertyNameOffset = offset;
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    open.Pop();
                    continue;
                case JsonTokenType.StartObject:
                    node = MetadataJsonNode.NewObject(offset);
                    break;
                case JsonTokenType.StartArray:
                    node = MetadataJsonNode.NewArray(offset);
                    break;
                case JsonTokenType.String:
                    node = MetadataJsonNode.NewScalar(MetadataJsonKind.String, offset, reader.ValueSpan.Length + 2, reader.GetString());
                    break;
                case JsonTokenType.Number:
                    node = MetadataJsonNode.NewScalar(MetadataJsonKind.Number, offset, reader.ValueSpan.Length, Encoding.UTF8.GetString(reader.ValueSpan.ToArray()));
                    break;
                case JsonTokenType.True:
                    node = MetadataJsonNode.NewScalar(MetadataJsonKind.True, offset, 4, "true");
                    break;
                case JsonTokenType.False:
                    node = MetadataJsonNode.NewScalar(MetadataJsonKind.False, offset, 5, "false");
                    break;
                case JsonTokenType.Null:
                    node = MetadataJsonNode.NewScalar(MetadataJsonKind.Null, offset, 4, null);
                    break;
                default:
                    continue;
            }

            if (open.Count == 0)
            {
                root = node;
            }
            else
            {
                var parent = open.Peek();
                if (parent.Properties is not null)
                {
                    parent.Properties.Add(new MetadataJsonProperty(propertyName ?? string.Empty, propertyNameOffset, node));
                }
                else
                {
                    parent.Items!.Add(node);
                }
            }

            if (node.Kind is MetadataJsonKind.Object or MetadataJsonKind.Array)
            {
                open.Push(node);
            }
        }

        return root;
    }
}
