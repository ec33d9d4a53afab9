extern alias Generators;

using Activepieces.Connections.Generators.Tests.Infrastructure;

namespace Activepieces.Connections.Generators.Tests.Parsing;

/// <summary>What the parser reports for valid types: settings with defaults, member keys, kinds and secrecy.</summary>
public sealed class PieceAuthParserTests
{
    [Fact]
    public void The_Gelato_type_parses_to_a_model_with_derived_defaults()
    {
        var result = ParserHarness.Parse(Scenarios.CustomAuth.Source, "Gelato.Backend.GelatoConnection");

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Model);
        var settings = result.Model.Settings;
        var (type, attribute) = ParserHarness.Find(Scenarios.CustomAuth.Source, "Gelato.Backend.GelatoConnection", prefixed: false);
        var arguments = PieceAuthParser.ReadArguments(type, attribute);
        Assert.Equal("@activepieces/piece-gelato", settings.PieceName);
        Assert.Equal(Generators::Activepieces.AuthType.CustomAuth, settings.AuthType);
        Assert.Equal(("gelato_", true), (settings.ExternalIdPrefix, arguments.IsExternalIdPrefixExplicit));
        Assert.Equal("Gelato Connection", settings.DisplayName);
        Assert.Equal(("Gelato", false), (settings.ClientName, arguments.IsClientNameExplicit));
        Assert.Equal(Generators::Activepieces.ConnectionScope.Platform, settings.Scope);
        Assert.Null(settings.PieceVersion);
        Assert.Equal(
            [("ApiKey", "apiKey", KeySource.Convention, WireField.Prop, MemberTypeKind.String, true), ("StoreId", "storeId", KeySource.Convention, WireField.Prop, MemberTypeKind.String, false)],
            PieceAuthParser.ReadMembers(type, arguments.AuthType, TestContext.Current.CancellationToken).Select(m => (m.Name, m.Key, m.KeySource, m.Field, m.Type.Kind, m.HasSecretAttribute)).ToArray());
        Assert.Equal([true, false], result.Model.Members.Select(m => m.IsRedacted).ToArray());
        Assert.Equal("global::Gelato.Backend.GelatoConnection", result.Model.Hierarchy.FullyQualifiedName);
        Assert.Equal(TypeDeclarationKind.RecordClass, result.Model.Hierarchy.Type.Kind);
        Assert.True(result.Model.IsEquatable);
        Assert.True(result.Model.IsPublic);
    }

    [Fact]
    public void Keys_come_from_PieceProp_then_JsonPropertyName_then_camelCase_on_the_property_or_the_parameter()
    {
        const string Declaration = """
            [PieceAuth("@acme/piece-keys", AuthType.CustomAuth)]
            public partial record T(
                [PieceProp("on_parameter")] string A,
                [property: PieceProp("on_property")] string B,
                [property: JsonPropertyName("json_name")] string C,
                [property: JsonPropertyName("json_loses")][PieceProp("piece_prop_wins")] string D,
                string URLPath)
            {
                [PieceProp("on_body_property")]
                public string? E { get; init; }

                public string? F;
            }
            """;

        Assert.Empty(ParserHarness.ParseDeclaration(Declaration).Problems);
        Assert.Equal(
            [
                ("A", "on_parameter", KeySource.PieceProp),
                ("B", "on_property", KeySource.PieceProp),
                ("C", "json_name", KeySource.JsonPropertyName),
                ("D", "piece_prop_wins", KeySource.PieceProp),
                ("URLPath", "urlPath", KeySource.Convention),
                ("E", "on_body_property", KeySource.PieceProp),
                ("F", "f", KeySource.Convention),
            ],
            ReadMembers(Declaration).Select(m => (m.Name, m.Key, m.KeySource)).ToArray());
    }

    [Fact]
    public void Member_types_are_classified_with_nullability()
    {
        var result = ParserHarness.ParseDeclaration("""
            public enum Mode { A, [JsonStringEnumMemberName("b-wire")] B, [System.Runtime.Serialization.EnumMember(Value = "c-wire")] C, AliasOfA = A }

            [PieceAuth("@acme/piece-kinds", AuthType.CustomAuth)]
            public partial record T(
                string S, string? NS, bool B, byte U8, int I, ulong U64, float F, double? ND, decimal M,
                Mode E, Mode? NE, string[] Arr, IReadOnlyList<string> List, HashSet<string>? Set, IEnumerable<string> Seq);
            """);

        Assert.Empty(result.Problems);
        Assert.Equal(
            [
                ("S", MemberTypeKind.String, false, false),
                ("NS", MemberTypeKind.String, true, false),
                ("B", MemberTypeKind.Boolean, false, false),
                ("U8", MemberTypeKind.Integer, false, false),
                ("I", MemberTypeKind.Integer, false, false),
                ("U64", MemberTypeKind.Integer, false, false),
                ("F", MemberTypeKind.Floating, false, false),
                ("ND", MemberTypeKind.Floating, true, true),
                ("M", MemberTypeKind.Floating, false, false),
                ("E", MemberTypeKind.Enum, false, false),
                ("NE", MemberTypeKind.Enum, true, true),
                ("Arr", MemberTypeKind.StringCollection, false, false),
                ("List", MemberTypeKind.StringCollection, false, false),
                ("Set", MemberTypeKind.StringCollection, true, false),
                ("Seq", MemberTypeKind.StringCollection, false, false),
            ],
            result.Model!.Members.Select(m => (m.Name, m.TypeKind, m.IsNullable, m.IsNullableValueType)).ToArray());
        Assert.Equal(
            [new EnumValueModel("A", "A"), new EnumValueModel("B", "b-wire"), new EnumValueModel("C", "c-wire")],
            result.Model!.Members.Single(m => m.Name == "E").EnumValues.ToArray());
        Assert.Equal("global::Acme.Mode", result.Model!.Members.Single(m => m.Name == "NE").TypeName);
    }

    [Fact]
    public void Non_public_static_ignored_and_indexer_members_are_not_part_of_the_value()
    {
        var result = ParserHarness.ParseDeclaration("""
            [PieceAuth("@acme/piece-members", AuthType.CustomAuth)]
            public partial class T
            {
                public string Kept { get; set; } = "";
                [JsonIgnore] public string Ignored { get; set; } = "";
                public static string Static { get; set; } = "";
                public const string Constant = "c";
                internal string Internal { get; set; } = "";
                public string WriteOnly { set { } }
                public string PrivateGetter { private get; set; } = "";
                private string _field = "";
                public string this[int index] => _field;
            }
            """);

        Assert.Empty(result.Problems);
        Assert.Equal(["Kept"], result.Model!.Members.Select(m => m.Name).ToArray());
        Assert.NotNull(result.Model);
        Assert.False(result.Model.IsEquatable);
        Assert.Equal(TypeDeclarationKind.Class, result.Model.Hierarchy.Type.Kind);
    }

    [Fact]
    public void BasicAuth_maps_username_and_password_case_insensitively_and_by_PieceProp()
    {
        var result = ParserHarness.ParseDeclaration("""
            [PieceAuth("@acme/piece-basic", AuthType.BasicAuth)]
            public partial record T(string UserName, [PieceProp("password")] string Token);
            """);

        Assert.Empty(result.Problems);
        Assert.Equal([WireField.Username, WireField.Password], result.Model!.Members.Select(m => m.Field).ToArray());
        Assert.Equal([false, true], result.Model!.Members.Select(m => m.IsRedacted).ToArray());
    }

    [Fact]
    public void OAuth2_maps_well_known_members_by_snake_case_or_explicit_key_and_the_rest_to_props()
    {
        var result = ParserHarness.ParseDeclaration("""
            [PieceAuth("@acme/piece-oauth", AuthType.OAuth2)]
            public partial record T(
                string ClientId, string ClientSecret, string Code, [PieceProp("redirect_url")] string Callback, string Scope,
                string? CodeChallenge, string? AuthorizationMethod, string? GrantType, string Region);
            """);

        Assert.Empty(result.Problems);
        Assert.Equal(
            [WireField.ClientId, WireField.ClientSecret, WireField.Code, WireField.RedirectUrl, WireField.Scope, WireField.CodeChallenge, WireField.AuthorizationMethod, WireField.GrantType, WireField.Prop],
            result.Model!.Members.Select(m => m.Field).ToArray());
        Assert.Equal(
            ["ClientSecret", "Code"],
            result.Model!.Members.Where(m => m.IsRedacted).Select(m => m.Name).ToArray());
    }

    [Fact]
    public void Overrides_of_prefix_display_name_version_client_name_and_scope_are_read()
    {
        var result = ParserHarness.ParseDeclaration("""
            [PieceAuth("@acme/piece-crm", AuthType.SecretText, ExternalIdPrefix = "crm-", DisplayName = "CRM", PieceVersion = "1.2.3-beta.1+build.5", ClientName = "Crm", Scope = ConnectionScope.Project)]
            public sealed partial record T(string Token);
            """);

        Assert.Empty(result.Problems);
        var settings = result.Model!.Settings;
        Assert.Equal(
            ("crm-", "CRM", "1.2.3-beta.1+build.5", "Crm", Generators::Activepieces.ConnectionScope.Project),
            (settings.ExternalIdPrefix, settings.DisplayName, settings.PieceVersion, settings.ClientName, settings.Scope));
        Assert.True(result.Model!.IsSealed);
    }

    [Fact]
    public void User_declared_printing_is_detected()
    {
        var withToString = ParserHarness.ParseDeclaration("""
            [PieceAuth("@acme/piece-a", AuthType.SecretText)]
            public partial record T(string Token) { public override string ToString() => "T"; }
            """);
        var plain = ParserHarness.ParseDeclaration("""
            [PieceAuth("@acme/piece-a", AuthType.SecretText)]
            public partial record T(string Token);
            """);

        Assert.True(withToString.Model!.HasUserDefinedPrinting);
        Assert.False(plain.Model!.HasUserDefinedPrinting);
    }

    [Fact]
    public void Nested_types_record_their_containing_types_outermost_first()
    {
        var result = ParserHarness.Parse(Scenarios.Nested.Source, "Acme.Tenants.Provisioning.Integrations+Mail+SmtpConnection");

        var hierarchy = result.Model!.Hierarchy;
        Assert.Equal(
            [new TypeDeclarationInfo("Integrations", TypeDeclarationKind.Class), new TypeDeclarationInfo("Mail", TypeDeclarationKind.Class)],
            hierarchy.ContainingTypes.ToArray());
        Assert.Equal(new TypeDeclarationInfo("SmtpConnection", TypeDeclarationKind.RecordClass), hierarchy.Type);
        Assert.Equal("Acme.Tenants.Provisioning", hierarchy.Namespace);
        Assert.Equal("Acme.Tenants.Provisioning.Integrations.Mail.SmtpConnection.g.cs", hierarchy.HintName);
    }

    private static List<ParsedMember> ReadMembers(string declaration)
    {
        var (type, attribute) = ParserHarness.Find(declaration);
        return PieceAuthParser.ReadMembers(type, PieceAuthParser.ReadArguments(type, attribute).AuthType, TestContext.Current.CancellationToken);
    }
}
