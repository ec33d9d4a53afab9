using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace Activepieces.Metadata;

/// <summary>
/// The one reader of piece metadata (the body of <c>GET /api/v1/pieces/{name}</c>, and <c>*.piece.json</c> files) into a
/// <see cref="PieceDefinition"/>, for the analyzers, the CLI and the client alike. Strict: whatever is wrong with a
/// part that one of them uses becomes a <see cref="PieceMetadataProblem"/> with its position; other fields and unknown
/// auth or prop types are accepted as they are. Never throws for any input (only for cancellation).
/// </summary>
internal static class PieceMetadataReader
{
    /// <summary>Texts longer than this (in characters) are refused; real metadata with every action is a few hundred KB.</summary>
    public const int MaxLength = 16 * 1024 * 1024;

    /// <summary>Reads <paramref name="text"/>.</summary>
    /// <param name="text">The metadata text, or null when the file could not be read.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The piece, or the first problem found.</returns>
    public static PieceMetadataReadResult Read(string? text, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            return Invalid("the file could not be read", 0);
        }

        if (text.Length > MaxLength)
        {
            return Invalid(string.Format(CultureInfo.InvariantCulture, "the file has {0} characters, more than the {1} accepted", text.Length, MaxLength), 0);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Invalid("the file holds no JSON value", 0);
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        MetadataJsonNode? root;
        try
        {
            root = MetadataJsonTreeReader.Read(utf8, cancellationToken);
        }
        catch (JsonException e)
        {
            return Invalid(DescribeSyntaxError(e), ToCharPosition(utf8, LineStartOffset(utf8, e.LineNumber ?? 0) + (e.BytePositionInLine ?? 0)));
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader.GetString throws this for strings that do not unescape to valid UTF-16.
            return Invalid("the file contains a string that is not valid UTF-8 or UTF-16", 0);
        }

        if (root is null)
        {
            return Invalid("the file holds no JSON value", 0);
        }

        var interpreter = new Interpreter(utf8);
        var piece = interpreter.ReadPiece(root);
        return piece is null ? PieceMetadataReadResult.Invalid(interpreter.Problem!) : PieceMetadataReadResult.Valid(piece);
    }

    private static PieceMetadataReadResult Invalid(string message, int position) =>
        PieceMetadataReadResult.Invalid(new PieceMetadataProblem(message, position));

    private static string DescribeSyntaxError(JsonException e)
    {
        // The reader's message ends with its own "LineNumber: n | BytePositionInLine: m." suffix; the problem
        // carries the position itself.
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

        public PieceDefinition? ReadPiece(MetadataJsonNode root)
        {
            if (!ExpectObject(root, "the root value") || !NoDuplicates(root, string.Empty))
            {
                return null;
            }

            var name = root.Find("name");
            if (name is null)
            {
                return Fail<PieceDefinition>("the root object has no 'name' (the piece's npm package name)", root.Offset);
            }

            if (name.Value.Kind != MetadataJsonKind.String || string.IsNullOrEmpty(name.Value.Text))
            {
                return Fail<PieceDefinition>("'name' must be a non-empty string, but is " + name.Value.KindDescription, name.Value.Offset);
            }

            var version = root.Find("version");
            if (version is not null && version.Value.Kind != MetadataJsonKind.String)
            {
                return Fail<PieceDefinition>("'version' must be a string, but is " + version.Value.KindDescription, version.Value.Offset);
            }

            if (!OptionalString(root, string.Empty, "displayName", out var displayName))
            {
                return null;
            }

            var auths = ReadAuths(root.Find("auth"));
            return auths.IsDefault ? null : new PieceDefinition(name.Value.Text!, version?.Value.Text, displayName, auths);
        }

        private ImmutableArray<PieceAuthDefinition> ReadAuths(MetadataJsonProperty? auth)
        {
            if (auth is null || auth.Value.Kind == MetadataJsonKind.Null)
            {
                return ImmutableArray<PieceAuthDefinition>.Empty;
            }

            if (auth.Value.Kind == MetadataJsonKind.Object)
            {
                var single = ReadAuth(auth.Value, "auth");
                return single is null ? default : ImmutableArray.Create(single);
            }

            if (auth.Value.Kind != MetadataJsonKind.Array)
            {
                return Fail<ImmutableArray<PieceAuthDefinition>>("'auth' must be an object, an array of objects or null, but is " + auth.Value.KindDescription, auth.Value.Offset);
            }

            var items = auth.Value.Items!;
            var builder = ImmutableArray.CreateBuilder<PieceAuthDefinition>(items.Count);
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
                        return Fail<ImmutableArray<PieceAuthDefinition>>("'auth' has more than one entry of type '" + entry.Type + "' (the framework allows one per type)", items[i].Offset);
                    }
                }

                builder.Add(entry);
            }

            return builder.MoveToImmutable();
        }

        private PieceAuthDefinition? ReadAuth(MetadataJsonNode entry, string path)
        {
            if (!ExpectObject(entry, "'" + path + "'") || !NoDuplicates(entry, path + "."))
            {
                return null;
            }

            var type = entry.Find("type");
            if (type is null)
            {
                return Fail<PieceAuthDefinition>("'" + path + "' has no 'type'", entry.Offset);
            }

            if (type.Value.Kind != MetadataJsonKind.String || string.IsNullOrEmpty(type.Value.Text))
            {
                return Fail<PieceAuthDefinition>("'" + path + ".type' must be a non-empty string, but is " + type.Value.KindDescription, type.Value.Offset);
            }

            if (!OptionalBoolean(entry, path, "required", out var required)
                || !OptionalString(entry, path + ".", "displayName", out var displayName)
                || !OptionalString(entry, path + ".", "description", out var description))
            {
                return null;
            }

            var authType = type.Value.Text!;
            PieceFieldLabel? username = null;
            PieceFieldLabel? password = null;
            var scope = ImmutableArray<string>.Empty;
            if (authType == PieceMetadataTypes.BasicAuth
                && (!OptionalLabel(entry, path, "username", out username) || !OptionalLabel(entry, path, "password", out password)))
            {
                return null;
            }

            if (authType == PieceMetadataTypes.OAuth2)
            {
                scope = ReadScope(entry, path);
                if (scope.IsDefault)
                {
                    return null;
                }
            }

            var props = ReadProps(entry, path, authType);
            return props.IsDefault ? null : new PieceAuthDefinition(authType, required, displayName, description, props, username, password, scope);
        }

        private ImmutableArray<PiecePropDefinition> ReadProps(MetadataJsonNode entry, string path, string authType)
        {
            var props = entry.Find("props");
            if (props is null || props.Value.Kind == MetadataJsonKind.Null)
            {
                if (authType is PieceMetadataTypes.CustomAuth or PieceMetadataTypes.Oidc)
                {
                    var article = authType == PieceMetadataTypes.Oidc ? "an " : "a ";
                    return Fail<ImmutableArray<PiecePropDefinition>>("'" + path + "' is " + article + authType + " without 'props'", entry.Offset);
                }

                return ImmutableArray<PiecePropDefinition>.Empty;
            }

            if (authType is not (PieceMetadataTypes.CustomAuth or PieceMetadataTypes.Oidc or PieceMetadataTypes.OAuth2))
            {
                // Other auth types have no props; whatever is there is not used.
                return ImmutableArray<PiecePropDefinition>.Empty;
            }

            var propsPath = path + ".props";
            if (!ExpectObject(props.Value, "'" + propsPath + "'") || !NoDuplicates(props.Value, propsPath + "."))
            {
                return default;
            }

            var builder = ImmutableArray.CreateBuilder<PiecePropDefinition>(props.Value.Properties!.Count);
            foreach (var property in props.Value.Properties)
            {
                var prop = ReadProp(property, propsPath + "." + property.Name);
                if (prop is null)
                {
                    return default;
                }

                builder.Add(prop);
            }

            return builder.MoveToImmutable();
        }

        private PiecePropDefinition? ReadProp(MetadataJsonProperty property, string path)
        {
            var node = property.Value;
            if (property.Name.Length == 0)
            {
                return Fail<PiecePropDefinition>("a prop has an empty key", property.NameOffset);
            }

            if (!ExpectObject(node, "'" + path + "'") || !NoDuplicates(node, path + "."))
            {
                return null;
            }

            var type = node.Find("type");
            if (type is null)
            {
                return Fail<PiecePropDefinition>("'" + path + "' has no 'type'", node.Offset);
            }

            if (type.Value.Kind != MetadataJsonKind.String || string.IsNullOrEmpty(type.Value.Text))
            {
                return Fail<PiecePropDefinition>("'" + path + ".type' must be a non-empty string, but is " + type.Value.KindDescription, type.Value.Offset);
            }

            if (!OptionalBoolean(node, path, "required", out var required)
                || !OptionalString(node, path + ".", "displayName", out var displayName)
                || !OptionalString(node, path + ".", "description", out var description))
            {
                return null;
            }

            var propType = type.Value.Text!;
            var options = ImmutableArray<PiecePropOption>.Empty;
            if (PieceMetadataTypes.HasOptions(propType))
            {
                options = ReadOptions(node, path);
                if (options.IsDefault)
                {
                    return null;
                }
            }

            var defaultValue = node.Find("defaultValue")?.Value;
            var defaultJson = defaultValue?.Kind is MetadataJsonKind.String or MetadataJsonKind.Number or MetadataJsonKind.True or MetadataJsonKind.False
                ? RawJson(defaultValue)
                : null;
            return new PiecePropDefinition(property.Name, propType, required, displayName, description, defaultJson, options);
        }

        private ImmutableArray<PiecePropOption> ReadOptions(MetadataJsonNode prop, string path)
        {
            var options = prop.Find("options");
            if (options is null)
            {
                return Fail<ImmutableArray<PiecePropOption>>("'" + path + "' is a dropdown without 'options'", prop.Offset);
            }

            var optionsPath = path + ".options";
            if (!ExpectObject(options.Value, "'" + optionsPath + "'"))
            {
                return default;
            }

            var list = options.Value.Find("options");
            if (list is null)
            {
                return Fail<ImmutableArray<PiecePropOption>>("'" + optionsPath + "' has no 'options' array", options.Value.Offset);
            }

            if (list.Value.Kind != MetadataJsonKind.Array)
            {
                return Fail<ImmutableArray<PiecePropOption>>("'" + optionsPath + ".options' must be an array, but is " + list.Value.KindDescription, list.Value.Offset);
            }

            var builder = ImmutableArray.CreateBuilder<PiecePropOption>(list.Value.Items!.Count);
            for (var i = 0; i < list.Value.Items.Count; i++)
            {
                var option = list.Value.Items[i];
                var optionPath = optionsPath + ".options[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (!ExpectObject(option, "'" + optionPath + "'") || !OptionalString(option, optionPath + ".", "label", out var label))
                {
                    return default;
                }

                var value = option.Find("value");
                if (value is null)
                {
                    return Fail<ImmutableArray<PiecePropOption>>("'" + optionPath + "' has no 'value'", option.Offset);
                }

                var node = value.Value;
                var isScalar = node.Kind is MetadataJsonKind.String or MetadataJsonKind.Number or MetadataJsonKind.True or MetadataJsonKind.False or MetadataJsonKind.Null;
                var text = node.Kind switch
                {
                    MetadataJsonKind.String or MetadataJsonKind.Number or MetadataJsonKind.True or MetadataJsonKind.False => node.Text!,
                    MetadataJsonKind.Null => "null",
                    _ => "(" + node.KindDescription + ")",
                };
                builder.Add(new PiecePropOption(label, text, node.Kind == MetadataJsonKind.String, isScalar ? RawJson(node) : text));
            }

            return builder.MoveToImmutable();
        }

        private ImmutableArray<string> ReadScope(MetadataJsonNode entry, string path)
        {
            var scope = entry.Find("scope");
            if (scope is null || scope.Value.Kind == MetadataJsonKind.Null)
            {
                return ImmutableArray<string>.Empty;
            }

            if (scope.Value.Kind != MetadataJsonKind.Array)
            {
                return Fail<ImmutableArray<string>>("'" + path + ".scope' must be an array of strings, but is " + scope.Value.KindDescription, scope.Value.Offset);
            }

            var builder = ImmutableArray.CreateBuilder<string>(scope.Value.Items!.Count);
            foreach (var item in scope.Value.Items)
            {
                if (item.Kind != MetadataJsonKind.String)
                {
                    return Fail<ImmutableArray<string>>("'" + path + ".scope' must be an array of strings, but holds " + item.KindDescription, item.Offset);
                }

                builder.Add(item.Text!);
            }

            return builder.MoveToImmutable();
        }

        private bool OptionalLabel(MetadataJsonNode entry, string path, string name, out PieceFieldLabel? label)
        {
            label = null;
            var property = entry.Find(name);
            if (property is null || property.Value.Kind == MetadataJsonKind.Null)
            {
                return true;
            }

            var fieldPath = path + "." + name;
            if (!ExpectObject(property.Value, "'" + fieldPath + "'")
                || !OptionalString(property.Value, fieldPath + ".", "displayName", out var displayName)
                || !OptionalString(property.Value, fieldPath + ".", "description", out var description))
            {
                return false;
            }

            label = new PieceFieldLabel(displayName, description);
            return true;
        }

        private bool OptionalBoolean(MetadataJsonNode node, string path, string name, out bool value)
        {
            var property = node.Find(name);
            value = property?.Value.Kind == MetadataJsonKind.True;
            if (property is null || property.Value.Kind is MetadataJsonKind.True or MetadataJsonKind.False)
            {
                return true;
            }

            Problem = new PieceMetadataProblem("'" + path + "." + name + "' must be a boolean, but is " + property.Value.KindDescription, CharPosition(property.Value.Offset));
            return false;
        }

        /// <summary>An optional text field: absent, null or a string; anything else is a problem.</summary>
        private bool OptionalString(MetadataJsonNode node, string pathPrefix, string name, out string? value)
        {
            var property = node.Find(name);
            value = property?.Value.Kind == MetadataJsonKind.String ? property.Value.Text : null;
            if (property is null || property.Value.Kind is MetadataJsonKind.String or MetadataJsonKind.Null)
            {
                return true;
            }

            Problem = new PieceMetadataProblem("'" + pathPrefix + name + "' must be a string, but is " + property.Value.KindDescription, CharPosition(property.Value.Offset));
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

        private string RawJson(MetadataJsonNode scalar) => Encoding.UTF8.GetString(_utf8, (int)scalar.Offset, scalar.RawLength);

        private int CharPosition(long byteOffset) => ToCharPosition(_utf8, byteOffset);
    }
}
