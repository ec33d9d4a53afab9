using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace Activepieces.Connections.Generators.Metadata;

/// <summary>
/// Reads the body of <c>GET /api/v1/pieces/{name}</c> into a <see cref="PieceMetadata"/>. Never throws for any input
/// (only for cancellation): whatever is wrong becomes a <see cref="PieceMetadataProblem"/> with its position. Only
/// the parts the analyzers use are checked; other fields and unknown auth or prop types are accepted as they are.
/// </summary>
internal static class PieceMetadataReader
{
    /// <summary>Files larger than this (in characters) are refused; real metadata with every action is a few hundred KB.</summary>
    public const int MaxLength = 16 * 1024 * 1024;

    /// <summary>Reads <paramref name="text"/>, the content of the file at <paramref name="path"/>.</summary>
    public static PieceMetadataFile Read(string path, SourceText? text, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            return new PieceMetadataFile(path, null, null, new PieceMetadataProblem("the file could not be read", 0));
        }

        if (text.Length > MaxLength)
        {
            var size = string.Format(CultureInfo.InvariantCulture, "the file has {0} characters, more than the {1} accepted", text.Length, MaxLength);
            return new PieceMetadataFile(path, text, null, new PieceMetadataProblem(size, 0));
        }

        var content = text.ToString();
        if (string.IsNullOrWhiteSpace(content))
        {
            return new PieceMetadataFile(path, text, null, new PieceMetadataProblem("the file holds no JSON value", 0));
        }

        var utf8 = Encoding.UTF8.GetBytes(content);
        MetadataJsonNode? root;
        try
        {
            root = MetadataJsonTreeReader.Read(utf8, cancellationToken);
        }
        catch (JsonException e)
        {
            var position = ToCharPosition(utf8, LineStartOffset(utf8, e.LineNumber ?? 0) + (e.BytePositionInLine ?? 0));
            return new PieceMetadataFile(path, text, null, new PieceMetadataProblem(DescribeSyntaxError(e), position));
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader.GetString throws this for strings that do not unescape to valid UTF-16.
            return new PieceMetadataFile(path, text, null, new PieceMetadataProblem("the file contains a string that is not valid UTF-8 or UTF-16", 0));
        }

        if (root is null)
        {
            return new PieceMetadataFile(path, text, null, new PieceMetadataProblem("the file holds no JSON value", 0));
        }

        var interpreter = new Interpreter(utf8);
        var metadata = interpreter.ReadPiece(root);
        return metadata is null
            ? new PieceMetadataFile(path, text, null, interpreter.Problem)
            : new PieceMetadataFile(path, text, metadata, null);
    }

    private static string DescribeSyntaxError(JsonException e)
    {
        // The reader's message ends with its own "LineNumber: n | BytePositionInLine: m." suffix; the diagnostic
        // reports the position itself.
        var message = e.Message ?? "the file is not valid JSON";
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (suffix > 0)
        {
            message = message.Substring(0, suffix);
        }

        return "not valid JSON: " + message.TrimEnd();
    }

    private static long LineStartOffset(byte[] utf8, long lineNumber)
    {
        long line = 0;
        for (var i = 0; i < utf8.Length && line < lineNumber; i++)
        {
            if (utf8[i] == (byte)'\n' && ++line == lineNumber)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int ToCharPosition(byte[] utf8, long byteOffset)
    {
        var count = (int)Math.Max(0, Math.Min(byteOffset, utf8.Length));
        return Encoding.UTF8.GetCharCount(utf8, 0, count);
    }

    /// <summary>Interprets the JSON tree; stops at the first problem.</summary>
    private sealed class Interpreter
    {
        private readonly byte[] _utf8;

        public Interpreter(byte[] utf8) => _utf8 = utf8;

        public PieceMetadataProblem? Problem { get; private set; }

        public PieceMetadata? ReadPiece(MetadataJsonNode root)
        {
            if (!ExpectObject(root, "the root value") || !NoDuplicates(root, string.Empty))
            {
                return null;
            }

            var name = root.Find("name");
            if (name is null)
            {
                return Fail<PieceMetadata>("the root object has no 'name' (the piece's npm package name)", root.Offset);
            }

            if (name.Value.Kind != MetadataJsonKind.String || string.IsNullOrEmpty(name.Value.Text))
            {
                return Fail<PieceMetadata>("'name' must be a non-empty string, but is " + name.Value.KindDescription, name.Value.Offset);
            }

            var version = root.Find("version");
            if (version is not null && version.Value.Kind != MetadataJsonKind.String)
            {
                return Fail<PieceMetadata>("'version' must be a string, but is " + version.Value.KindDescription, version.Value.Offset);
            }

            var auths = ReadAuths(root.Find("auth"));
            return auths.IsDefault ? null : new PieceMetadata(name.Value.Text!, version?.Value.Text, auths);
        }

        private ImmutableArray<PieceAuthMetadata> ReadAuths(MetadataJsonProperty? auth)
        {
            if (auth is null || auth.Value.Kind == MetadataJsonKind.Null)
            {
                return ImmutableArray<PieceAuthMetadata>.Empty;
            }

            if (auth.Value.Kind == MetadataJsonKind.Object)
            {
                var single = ReadAuth(auth.Value, "auth");
                return single is null ? default : ImmutableArray.Create(single);
            }

            if (auth.Value.Kind != MetadataJsonKind.Array)
            {
                return Fail<ImmutableArray<PieceAuthMetadata>>("'auth' must be an object, an array of objects or null, but is " + auth.Value.KindDescription, auth.Value.Offset);
            }

            var items = auth.Value.Items!;
            var builder = ImmutableArray.CreateBuilder<PieceAuthMetadata>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                var path = "auth[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                var entry = ReadAuth(items[i], path);
                if (entry is null)
                {
                    return default;
                }

                foreach (var previous in builder)
                {
                    if (previous.Type == entry.Type)
                    {
                        return Fail<ImmutableArray<PieceAuthMetadata>>("'auth' has more than one entry of type '" + entry.Type + "' (the framework allows one per type)", items[i].Offset);
                    }
                }

                builder.Add(entry);
            }

            return builder.MoveToImmutable();
        }

        private PieceAuthMetadata? ReadAuth(MetadataJsonNode entry, string path)
        {
            if (!ExpectObject(entry, "'" + path + "'") || !NoDuplicates(entry, path + "."))
            {
                return null;
            }

            var type = entry.Find("type");
            if (type is null)
            {
                return Fail<PieceAuthMetadata>("'" + path + "' has no 'type'", entry.Offset);
            }

            if (type.Value.Kind != MetadataJsonKind.String || string.IsNullOrEmpty(type.Value.Text))
            {
                return Fail<PieceAuthMetadata>("'" + path + ".type' must be a non-empty string, but is " + type.Value.KindDescription, type.Value.Offset);
            }

            if (!OptionalBoolean(entry, path, "required"))
            {
                return null;
            }

            var authType = type.Value.Text!;
            var props = entry.Find("props");
            if (props is null || props.Value.Kind == MetadataJsonKind.Null)
            {
                if (authType is PieceMetadataTypes.CustomAuth or PieceMetadataTypes.Oidc)
                {
                    var article = authType == PieceMetadataTypes.Oidc ? "an " : "a ";
                    return Fail<PieceAuthMetadata>("'" + path + "' is " + article + authType + " without 'props'", entry.Offset);
                }

                return new PieceAuthMetadata(authType, ImmutableArray<PiecePropMetadata>.Empty);
            }

            if (authType is not (PieceMetadataTypes.CustomAuth or PieceMetadataTypes.Oidc or PieceMetadataTypes.OAuth2))
            {
                // Other auth types have no props; whatever is there is not used.
                return new PieceAuthMetadata(authType, ImmutableArray<PiecePropMetadata>.Empty);
            }

            var propsPath = path + ".props";
            if (!ExpectObject(props.Value, "'" + propsPath + "'") || !NoDuplicates(props.Value, propsPath + "."))
            {
                return null;
            }

            var builder = ImmutableArray.CreateBuilder<PiecePropMetadata>(props.Value.Properties!.Count);
            foreach (var property in props.Value.Properties)
            {
                var prop = ReadProp(property, propsPath + "." + property.Name);
                if (prop is null)
                {
                    return null;
                }

                builder.Add(prop);
            }

            return new PieceAuthMetadata(authType, builder.MoveToImmutable());
        }

        private PiecePropMetadata? ReadProp(MetadataJsonProperty property, string path)
        {
            var node = property.Value;
            if (property.Name.Length == 0)
            {
                return Fail<PiecePropMetadata>("a prop has an empty key", property.NameOffset);
            }

            if (!ExpectObject(node, "'" + path + "'") || !NoDuplicates(node, path + "."))
            {
                return null;
            }

            var type = node.Find("type");
            if (type is null)
            {
                return Fail<PiecePropMetadata>("'" + path + "' has no 'type'", node.Offset);
            }

            if (type.Value.Kind != MetadataJsonKind.String || string.IsNullOrEmpty(type.Value.Text))
            {
                return Fail<PiecePropMetadata>("'" + path + ".type' must be a non-empty string, but is " + type.Value.KindDescription, type.Value.Offset);
            }

            if (!OptionalBoolean(node, path, "required"))
            {
                return null;
            }

            var propType = type.Value.Text!;
            var required = node.Find("required")?.Value.Kind == MetadataJsonKind.True;
            var values = ImmutableArray<string>.Empty;
            if (PieceMetadataTypes.HasOptions(propType))
            {
                values = ReadOptionValues(node, path);
                if (values.IsDefault)
                {
                    return null;
                }
            }

            return new PiecePropMetadata(property.Name, propType, required, values);
        }

        private ImmutableArray<string> ReadOptionValues(MetadataJsonNode prop, string path)
        {
            var options = prop.Find("options");
            if (options is null)
            {
                return Fail<ImmutableArray<string>>("'" + path + "' is a dropdown without 'options'", prop.Offset);
            }

            var optionsPath = path + ".options";
            if (!ExpectObject(options.Value, "'" + optionsPath + "'"))
            {
                return default;
            }

            var list = options.Value.Find("options");
            if (list is null)
            {
                return Fail<ImmutableArray<string>>("'" + optionsPath + "' has no 'options' array", options.Value.Offset);
            }

            if (list.Value.Kind != MetadataJsonKind.Array)
            {
                return Fail<ImmutableArray<string>>("'" + optionsPath + ".options' must be an array, but is " + list.Value.KindDescription, list.Value.Offset);
            }

            var builder = ImmutableArray.CreateBuilder<string>(list.Value.Items!.Count);
            for (var i = 0; i < list.Value.Items.Count; i++)
            {
                var option = list.Value.Items[i];
                var optionPath = optionsPath + ".options[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (!ExpectObject(option, "'" + optionPath + "'"))
                {
                    return default;
                }

                var value = option.Find("value");
                if (value is null)
                {
                    return Fail<ImmutableArray<string>>("'" + optionPath + "' has no 'value'", option.Offset);
                }

                builder.Add(value.Value.Kind switch
                {
                    MetadataJsonKind.String or MetadataJsonKind.Number or MetadataJsonKind.True or MetadataJsonKind.False => value.Value.Text!,
                    MetadataJsonKind.Null => "null",
                    _ => "(" + value.Value.KindDescription + ")",
                });
            }

            return builder.MoveToImmutable();
        }

        private bool OptionalBoolean(MetadataJsonNode node, string path, string name)
        {
            var property = node.Find(name);
            if (property is null || property.Value.Kind is MetadataJsonKind.True or MetadataJsonKind.False)
            {
                return true;
            }

            Problem = new PieceMetadataProblem("'" + path + "." + name + "' must be a boolean, but is " + property.Value.KindDescription, CharPosition(property.Value.Offset));
            return false;
        }

        private bool ExpectObject(MetadataJsonNode node, string what)
        {
            if (node.Kind == MetadataJsonKind.Object)
            {
                return true;
            }

            Problem = new PieceMetadataProblem(what + " must be an object, but is " + node.KindDescription, CharPosition(node.Offset));
            return false;
        }

        private bool NoDuplicates(MetadataJsonNode node, string pathPrefix)
        {
            var duplicate = node.FindDuplicate();
            if (duplicate is null)
            {
                return true;
            }

            Problem = new PieceMetadataProblem("'" + pathPrefix + duplicate.Name + "' appears more than once", CharPosition(duplicate.NameOffset));
            return false;
        }

        private T? Fail<T>(string message, long byteOffset)
        {
            Problem = new PieceMetadataProblem(message, CharPosition(byteOffset));
            return default;
        }

        private int CharPosition(long byteOffset) => ToCharPosition(_utf8, byteOffset);
    }
}
