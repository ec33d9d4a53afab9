using Activepieces.CSharp;
using Activepieces.Cli.CommandLine;
using Activepieces.Metadata;
using Activepieces.Records;

namespace Activepieces.Cli.Scaffolding;

/// <summary>
/// Writes the C# <c>[PieceAuth]</c> record for one auth of a piece: a member for every prop that carries a value, typed
/// the way the analyzers expect (<see cref="PropTypeRules"/>), with <c>[Secret]</c> on secrets, <c>[PieceProp]</c> where
/// the member's camelCase differs from the key, and XML docs from the metadata (its Markdown labels and descriptions as
/// documentation text, <see cref="DocMarkdown"/>). The output compiles without diagnostics
/// under the generator and analyzers of <c>Activepieces.Connections</c>.
/// </summary>
internal static class RecordScaffolder
{
    /// <summary>The namespace when none is given.</summary>
    public const string DefaultNamespace = "Connections";

    private const string Runtime = "global::Activepieces.";

    /// <summary>What each OAuth2 field holds, for its documentation.</summary>
    private static readonly Dictionary<WireField, string> OAuth2FieldDocs = new()
    {
        [WireField.ClientId] = "The OAuth2 app's client id.",
        [WireField.ClientSecret] = "The OAuth2 app's client secret.",
        [WireField.Code] = "The authorization code the provider returned to the redirect URL (the server exchanges it for tokens).",
        [WireField.RedirectUrl] = "The redirect URL the code was issued for.",
        [WireField.Scope] = "The granted scopes, space-separated.",
        [WireField.CodeChallenge] = "The PKCE code verifier, when the piece uses PKCE.",
        [WireField.AuthorizationMethod] = "How the client authenticates at the token endpoint: HEADER or BODY.",
        [WireField.GrantType] = "authorization_code or client_credentials.",
    };

    /// <summary>Scaffolds the record.</summary>
    /// <exception cref="CliException">
    /// The piece name is not one a <c>[PieceAuth]</c> record accepts, the type name or namespace is not a valid C# name,
    /// or the prefix is not a valid external-id prefix.
    /// </exception>
    public static ScaffoldedRecord Scaffold(ScaffoldRequest request)
    {
        if (!PieceNames.IsValid(request.PieceName))
        {
            throw new CliException($"the piece name '{request.PieceName}' is not an npm package name ({PieceNames.Rule}), so no [PieceAuth] record can name it.");
        }

        var typeName = request.TypeName ?? DefaultTypeName(request);
        if (!CSharpNames.IsIdentifier(typeName))
        {
            throw new CliException($"--name '{request.TypeName}' is not a C# type name.");
        }

        var ns = request.Namespace ?? DefaultNamespace;
        if (!CSharpNames.IsNamespace(ns))
        {
            throw new CliException($"--namespace '{ns}' is not a C# namespace such as Acme.Connections.");
        }

        if (request.ExternalIdPrefix is { } prefix && ExternalIdPrefixes.Problem(prefix) is { } problem)
        {
            throw new CliException($"--prefix '{prefix}' {problem} (flows reference connections by '<prefix><project id>').");
        }

        var members = new NameScope([typeName, .. GeneratedMemberNames.Reserved]);
        var types = new NameScope([typeName, typeName + "ClientExtensions"]);
        var list = BuildMembers(request.Auth, typeName, members, types);
        return new ScaffoldedRecord(typeName, Render(request, typeName, ns, list), list.Count);
    }

    /// <summary><c>{Piece}Connection</c>, or <c>{Piece}{AuthType}Connection</c> for a piece with several auths.</summary>
    public static string DefaultTypeName(ScaffoldRequest request)
    {
        var piece = CSharpNames.ToPascalCase(request.PieceDisplayName, "Piece");
        if (!CSharpNames.IsIdentifier(piece))
        {
            piece = CSharpNames.ToPascalCase(PieceNames.ShortName(request.PieceName), "Piece");
        }

        return piece + (request.MultipleAuths ? request.Auth.AuthType.ToString() : string.Empty) + "Connection";
    }

    private static List<ScaffoldMember> BuildMembers(AuthSelection auth, string typeName, NameScope members, NameScope types)
    {
        var definition = auth.Definition;
        var list = new List<ScaffoldMember>();
        switch (auth.AuthType)
        {
            case AuthType.SecretText:
                var secretName = CSharpNames.ToPascalCase(definition.DisplayName, "SecretText");
                if (secretName is "Connection" || !CSharpNames.IsIdentifier(secretName))
                {
                    secretName = "SecretText";
                }

                list.Add(new ScaffoldMember(
                    members.Claim(secretName),
                    "string",
                    Required: true,
                    Secret: true,
                    ExplicitKey: null,
                    Summary: DocMarkdown.Inline(definition.DisplayName ?? "The secret"),
                    Remarks: [.. DocMarkdown.Lines(definition.Description), Para("Sent as <c>secret_text</c>.")]));
                break;

            case AuthType.BasicAuth:
                list.Add(FieldMember(members.Claim("Username"), secret: false, definition.Username, "Username", "username"));
                list.Add(FieldMember(members.Claim("Password"), secret: true, definition.Password, "Password", "password"));
                break;

            case var kind when AuthTypeWireNames.IsOAuth2(kind):
                // A member named like an OAuth2 field is written to that field, never to props: a prop member must not
                // take the name of any of them, including the fields this flavour does not have.
                var fieldNames = WireFields.OAuth2Fields.ToDictionary(f => f, f => members.Claim(CSharpNames.ToPascalCase(WireFields.JsonName(f), "Field")));
                foreach (var field in WireFields.OAuth2Fields.Where(f => WireFields.IsAllowed(kind, f)))
                {
                    var jsonName = WireFields.JsonName(field);
                    var remarks = new List<string> { Para($"Sent as <c>{jsonName}</c>.") };
                    if (field == WireField.Scope && ScopeOf(definition) is { Length: > 0 } scope)
                    {
                        remarks.Add(Para("The piece asks for: " + DocComment.Escape(scope)));
                    }

                    list.Add(new ScaffoldMember(
                        fieldNames[field],
                        "string",
                        Required: WireFields.IsRequired(kind, field),
                        Secret: WireFields.IsSecretByNature(field),
                        ExplicitKey: null,
                        Summary: OAuth2FieldDocs[field],
                        Remarks: remarks,
                        WireField: jsonName));
                }

                // The generator keys OAuth2 fields and props in one namespace, so a prop named like a field the record
                // has cannot be declared beside it.
                var clash = definition.Props.FirstOrDefault(p => p.CarriesValue && list.Any(m => m.WireField == p.Key));
                if (clash is not null)
                {
                    throw new CliException(
                        $"the {auth.AuthType.ToWireName()} prop '{clash.Key}' has the name of the OAuth2 field '{clash.Key}'; a [PieceAuth] record cannot hold both. Scaffold another auth type, or write this record by hand.");
                }

                list.AddRange(PropMembers(definition, typeName, members, types));
                break;

            default:
                list.AddRange(PropMembers(definition, typeName, members, types));
                break;
        }

        return list;
    }

    private static ScaffoldMember FieldMember(string name, bool secret, PieceFieldLabel? label, string fallbackSummary, string jsonName) =>
        new(
            name,
            "string",
            Required: true,
            Secret: secret,
            ExplicitKey: null,
            Summary: DocMarkdown.Inline(label?.DisplayName ?? fallbackSummary),
            Remarks: [.. DocMarkdown.Lines(label?.Description), Para($"Sent as <c>{jsonName}</c>.")]);

    private static IEnumerable<ScaffoldMember> PropMembers(PieceAuthDefinition definition, string typeName, NameScope members, NameScope types)
    {
        foreach (var prop in definition.Props.Where(p => p.CarriesValue))
        {
            var name = members.Claim(CSharpNames.ForPropKey(prop.Key));
            var key = PropKeys.FromMemberName(CSharpNames.Unescape(name)) == prop.Key ? null : prop.Key;
            var remarks = new List<string>(DocMarkdown.Lines(prop.Description))
            {
                Para($"Prop <c>{DocComment.Escape(prop.Key)}</c>: {prop.Type}, {(prop.Required ? "required" : "optional")}{DefaultText(prop)}."),
            };

            ScaffoldEnum? enumType = null;
            string type;
            if (prop.Type == PieceMetadataTypes.StaticDropdown && prop.HasOnlyStringOptions)
            {
                enumType = DropdownEnum(types.Claim(typeName + CSharpNames.Unescape(name)), typeName, name, prop);
                type = enumType.Name;
            }
            else
            {
                type = PropTypeRules.SuggestedType(prop.Type) ?? "string";
                if (PieceMetadataTypes.HasOptions(prop.Type) && prop.Options.Length > 0)
                {
                    remarks.Add(Para("Options: " + DocComment.Escape(string.Join(", ", prop.Options.Select(o => o.Json))) + "."));
                }
            }

            yield return new ScaffoldMember(
                name,
                type,
                prop.Required,
                prop.IsSecret,
                key,
                prop.DisplayName is { } displayName ? DocMarkdown.Inline(displayName) : DocComment.Escape(prop.Key),
                remarks,
                enumType);
        }
    }

    private static ScaffoldEnum DropdownEnum(string enumName, string typeName, string memberName, PiecePropDefinition prop)
    {
        var values = new NameScope(["value__"]);
        var list = new List<(string, string, string)>();
        foreach (var option in prop.Options)
        {
            var wire = option.Value;
            var candidate = CSharpNames.ToPascalCase(option.Label, string.Empty);
            if (!CSharpNames.IsIdentifier(candidate))
            {
                candidate = CSharpNames.ToPascalCase(wire, "Option");
            }

            if (!CSharpNames.IsIdentifier(candidate))
            {
                candidate = "Option";
            }

            list.Add((values.Claim(candidate), wire, option.Label is { } label ? DocMarkdown.Inline(label) : DocComment.Escape(wire)));
        }

        return new ScaffoldEnum(enumName, $"The options of <see cref=\"{typeName}.{CSharpNames.Unescape(memberName)}\"/>; each carries its wire value.", list);
    }

    /// <summary>A documentation paragraph: the facts stay apart from the piece's own description when rendered.</summary>
    private static string Para(string escapedText) => "<para>" + escapedText + "</para>";

    private static string DefaultText(PiecePropDefinition prop) =>
        prop.DefaultValueJson is { } value ? ", default <c>" + DocComment.Escape(value) + "</c>" : string.Empty;

    private static string? ScopeOf(PieceAuthDefinition definition) =>
        definition.Scope.Length == 0 ? null : string.Join(' ', definition.Scope);

    private static string Render(ScaffoldRequest request, string typeName, string ns, List<ScaffoldMember> members)
    {
        var auth = request.Auth;
        var wire = auth.AuthType.ToWireName();
        var source = request.MetadataFile is null ? request.PieceName : request.MetadataFile;
        var version = request.PieceVersion is null ? string.Empty : " (" + request.PieceName + " " + request.PieceVersion + ")";
        var authName = auth.Definition.DisplayName is { Length: > 0 } name ? " \"" + DocMarkdown.Inline(name) + "\"" : string.Empty;
        var prefix = request.ExternalIdPrefix is { } p ? ", ExternalIdPrefix = " + SourceWriter.Literal(p) : string.Empty;

        var writer = new SourceWriter();
        writer.WriteLine($"""
            {ScaffoldMarker.Comment} from {source}{version}, auth {wire}.
            // This file is yours to edit; the analyzers check it against the piece's *.piece.json at every build.
            #nullable enable

            namespace {ns};

            /// <summary>
            /// The {DocComment.Escape(request.PieceDisplayName ?? request.PieceName)} credentials (<c>{DocComment.Escape(request.PieceName)}</c>, {wire}{authName}).
            /// </summary>
            """);
        var descriptionLines = DocMarkdown.Lines(auth.Definition.Description);
        if (descriptionLines.Count > 0)
        {
            DocComment.WriteBlock(writer, "remarks", descriptionLines);
        }

        writer.WriteLine($"[{Runtime}PieceAuth({SourceWriter.Literal(request.PieceName)}, {Runtime}AuthType.{auth.AuthType}{prefix})]");
        writer.WriteLine("public sealed partial record " + typeName);
        writer.OpenBlock();
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                writer.WriteLine();
            }

            WriteMember(writer, members[i]);
        }

        writer.CloseBlock();
        foreach (var enumType in members.Select(m => m.Enum).OfType<ScaffoldEnum>())
        {
            writer.WriteLine();
            WriteEnum(writer, enumType);
        }

        return writer.ToString();
    }

    private static void WriteMember(SourceWriter writer, ScaffoldMember member)
    {
        writer.WriteLine("/// <summary>" + member.Summary + "</summary>");
        if (member.Remarks.Count > 0)
        {
            DocComment.WriteBlock(writer, "remarks", member.Remarks);
        }

        if (member.Secret)
        {
            writer.WriteLine($"[{Runtime}Secret]");
        }

        if (member.ExplicitKey is { } key)
        {
            writer.WriteLine($"[{Runtime}PieceProp({SourceWriter.Literal(key)})]");
        }

        var required = member.Required ? "required " : string.Empty;
        var nullable = member.Required ? string.Empty : "?";
        writer.WriteLine($"public {required}{member.Type}{nullable} {member.Name} {{ get; init; }}");
    }

    private static void WriteEnum(SourceWriter writer, ScaffoldEnum enumType)
    {
        writer.WriteLine("/// <summary>" + enumType.Summary + "</summary>");
        writer.WriteLine("public enum " + enumType.Name);
        writer.OpenBlock();
        for (var i = 0; i < enumType.Values.Count; i++)
        {
            var (name, wireValue, label) = enumType.Values[i];
            if (i > 0)
            {
                writer.WriteLine();
            }

            writer.WriteLine($"""
                /// <summary>{label}</summary>
                [global::System.Runtime.Serialization.EnumMember(Value = {SourceWriter.Literal(wireValue)})]
                {name},
                """);
        }

        writer.CloseBlock();
    }
}
