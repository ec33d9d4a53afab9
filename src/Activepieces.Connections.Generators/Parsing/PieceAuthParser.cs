using System.Collections.Generic;
using System.Text;
using System.Threading;
using Activepieces.CSharp;
using Activepieces.Connections.Generators.Diagnostics;
using Activepieces.Connections.Generators.Model;
using Activepieces.Records;
using Microsoft.CodeAnalysis;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>
/// The one owner of the shape rules of a <c>[PieceAuth]</c> type. <see cref="Parse"/> turns the type into a
/// value-equatable <see cref="ConnectionTypeModel"/>, or into the problems that prevent generation, each already carrying
/// its descriptor, location and message arguments: the generator uses the model, the shape analyzer reports the
/// problems as they are. The metadata analyzer asks for narrow facts (<see cref="ReadArguments"/>, <see cref="ReadMembers"/>).
/// </summary>
/// <remarks>
/// Pure and allocation-conscious: no LINQ, no <see cref="Compilation"/> access. Safe to call from a
/// <c>ForAttributeWithMetadataName</c> transform and from a symbol action.
/// </remarks>
internal static class PieceAuthParser
{
    private const int PieceNameArgument = 0;
    private const int AuthTypeArgument = 1;

    /// <summary>Parses <paramref name="type"/> with its <c>[PieceAuth]</c> <paramref name="attribute"/>.</summary>
    /// <param name="type">The attributed type.</param>
    /// <param name="attribute">The <c>Activepieces.PieceAuthAttribute</c> instance on it.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The problems and, when there are none, the model.</returns>
    public static PieceAuthParseResult Parse(INamedTypeSymbol type, AttributeData attribute, CancellationToken cancellationToken)
    {
        var problems = new List<DiagnosticInfo>();
        var containingTypeProblems = new List<DiagnosticInfo>();
        var arguments = ReadArguments(type, attribute);

        // A hidden contract name leaves the attribute unbound: its arguments read as missing, which is not the mistake.
        if (!HiddenContractNames.Check(type, attribute, problems, cancellationToken))
        {
            CheckArguments(type, attribute, arguments, problems, cancellationToken);
        }

        TypeShapeReader.Check(type, problems, containingTypeProblems, cancellationToken);
        var typeHasProblems = problems.Count > 0 || containingTypeProblems.Count > 0;

        var members = MemberReader.Read(type, cancellationToken);
        foreach (var member in members)
        {
            if (member.Type.Kind == MemberTypeKind.Unsupported)
            {
                problems.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnsupportedMemberType,
                    SourceLocations.ForMember(member.Symbol, type),
                    member.Name,
                    member.Type.TypeName));
            }
        }

        if (arguments.IsAuthTypeDefined)
        {
            WireFieldMapper.Map(type, arguments.AuthType, members, problems);
        }

        var complete = problems.Count == 0 && containingTypeProblems.Count == 0;
        return new PieceAuthParseResult
        {
            Problems = EquatableArray<DiagnosticInfo>.From(problems),
            ContainingTypeProblems = EquatableArray<DiagnosticInfo>.From(containingTypeProblems),
            Model = complete ? CreateModel(type, arguments, members) : null,
            StandIn = complete ? null : CreateStandIn(type, arguments, typeHasProblems),
            ExternalIdPrefix = ExternalIdPrefixes.IsValid(arguments.ExternalIdPrefix)
                ? new ExternalIdPrefixUse(arguments.ExternalIdPrefix, LocationInfo.From(PrefixLocation(type, attribute, arguments, cancellationToken)))
                : null,
        };
    }

    /// <summary>
    /// The problem of <paramref name="type"/> as a containing type: not partial while a <c>[PieceAuth]</c> type is
    /// nested in it. Reported with <paramref name="type"/>, where the code fix edits it.
    /// </summary>
    /// <param name="type">Any type.</param>
    /// <param name="cancellationToken">Cancels the syntax reads.</param>
    /// <returns>The problem, or null.</returns>
    public static DiagnosticInfo? ParseContainingType(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        TypeShapeReader.NotPartialContainer(type, cancellationToken);

    /// <summary>Reads the <c>[PieceAuth]</c> arguments and applies the defaults, without judging them.</summary>
    /// <param name="type">The attributed type (its name gives the default client name).</param>
    /// <param name="attribute">The <c>Activepieces.PieceAuthAttribute</c> instance on it.</param>
    /// <returns>The arguments.</returns>
    public static PieceAuthArguments ReadArguments(INamedTypeSymbol type, AttributeData attribute)
    {
        var pieceName = string.Empty;
        var authType = -1;
        if (attribute.ConstructorArguments.Length == 2)
        {
            pieceName = attribute.ConstructorArguments[PieceNameArgument].Value as string ?? string.Empty;
            authType = attribute.ConstructorArguments[AuthTypeArgument].Value is int value ? value : -1;
        }

        string? prefix = null;
        string? displayName = null;
        string? pieceVersion = null;
        string? clientName = null;
        var scope = (int)ConnectionScope.Platform;
        foreach (var argument in attribute.NamedArguments)
        {
            switch (argument.Key)
            {
                case nameof(PieceAuthAttribute.ExternalIdPrefix):
                    prefix = argument.Value.Value as string;
                    break;
                case nameof(PieceAuthAttribute.DisplayName):
                    displayName = argument.Value.Value as string;
                    break;
                case nameof(PieceAuthAttribute.PieceVersion):
                    pieceVersion = argument.Value.Value as string;
                    break;
                case nameof(PieceAuthAttribute.ClientName):
                    clientName = argument.Value.Value as string;
                    break;
                case nameof(PieceAuthAttribute.Scope):
                    scope = argument.Value.Value is int scopeValue ? scopeValue : -1;
                    break;
            }
        }

        return new PieceAuthArguments
        {
            PieceName = pieceName,
            AuthType = (AuthType)authType,
            IsAuthTypeDefined = AuthTypeWireNames.IsDefined((AuthType)authType),
            ExternalIdPrefix = prefix ?? ExternalIdPrefixes.DefaultFor(pieceName),
            IsExternalIdPrefixExplicit = prefix is not null,
            DisplayName = displayName ?? NamingConventions.DefaultDisplayName(pieceName),
            PieceVersion = pieceVersion,
            ClientName = clientName ?? NamingConventions.DefaultClientName(type.Name),
            IsClientNameExplicit = clientName is not null,
            Scope = (ConnectionScope)scope,
            IsScopeDefined = scope is (int)ConnectionScope.Platform or (int)ConnectionScope.Project,
        };
    }

    /// <summary>The members of <paramref name="type"/>, each mapped to its place in the value of <paramref name="authType"/>, without judging the fit.</summary>
    /// <param name="type">The connection type.</param>
    /// <param name="authType">A defined auth type.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The members in declaration order.</returns>
    public static List<ParsedMember> ReadMembers(INamedTypeSymbol type, AuthType authType, CancellationToken cancellationToken)
    {
        var members = MemberReader.Read(type, cancellationToken);
        WireFieldMapper.Map(authType, members);
        return members;
    }

    /// <summary>The location of the piece-name argument (where the metadata diagnostics about the piece go).</summary>
    /// <param name="type">The attributed type.</param>
    /// <param name="attribute">The attribute application.</param>
    /// <param name="cancellationToken">Cancels the syntax read.</param>
    /// <returns>The location.</returns>
    public static Location PieceNameLocation(INamedTypeSymbol type, AttributeData attribute, CancellationToken cancellationToken) =>
        SourceLocations.ForConstructorArgument(attribute, PieceNameArgument, type, cancellationToken);

    /// <summary>The location of the auth-type argument.</summary>
    /// <param name="type">The attributed type.</param>
    /// <param name="attribute">The attribute application.</param>
    /// <param name="cancellationToken">Cancels the syntax read.</param>
    /// <returns>The location.</returns>
    public static Location AuthTypeLocation(INamedTypeSymbol type, AttributeData attribute, CancellationToken cancellationToken) =>
        SourceLocations.ForConstructorArgument(attribute, AuthTypeArgument, type, cancellationToken);

    private static void CheckArguments(INamedTypeSymbol type, AttributeData attribute, PieceAuthArguments arguments, List<DiagnosticInfo> problems, CancellationToken cancellationToken)
    {
        var pieceNameIsValid = PieceNames.IsValid(arguments.PieceName);
        if (!pieceNameIsValid)
        {
            problems.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidPieceName,
                PieceNameLocation(type, attribute, cancellationToken),
                arguments.PieceName,
                PieceNames.Rule));
        }

        if (!arguments.IsAuthTypeDefined)
        {
            problems.Add(InvalidArgument(AuthTypeLocation(type, attribute, cancellationToken), KnownAttributes.AuthTypeParameter, value: null, "is not a defined AuthType value"));
        }

        // A prefix derived from an invalid piece name is not reported: the piece name has its own error.
        if (ExternalIdPrefixes.Problem(arguments.ExternalIdPrefix) is { } prefixProblem && (arguments.IsExternalIdPrefixExplicit || pieceNameIsValid))
        {
            problems.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidExternalIdPrefix,
                PrefixLocation(type, attribute, arguments, cancellationToken),
                arguments.ExternalIdPrefix,
                arguments.IsExternalIdPrefixExplicit ? prefixProblem : prefixProblem + " (derived from the piece name; set ExternalIdPrefix)"));
        }

        // Likewise a display name derived from an invalid piece name.
        if (!PieceAuthArgumentRules.IsValidDisplayName(arguments.DisplayName) && pieceNameIsValid)
        {
            problems.Add(InvalidArgument(NamedLocation(nameof(PieceAuthAttribute.DisplayName)), nameof(PieceAuthAttribute.DisplayName), arguments.DisplayName, "is empty or white space"));
        }

        if (arguments.PieceVersion is not null && !PieceVersions.IsValid(arguments.PieceVersion))
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidPieceVersion, NamedLocation(nameof(PieceAuthAttribute.PieceVersion)), arguments.PieceVersion));
        }

        if (!arguments.IsScopeDefined)
        {
            problems.Add(InvalidArgument(NamedLocation(nameof(PieceAuthAttribute.Scope)), nameof(PieceAuthAttribute.Scope), value: null, "is not a defined ConnectionScope value"));
        }

        if (!PieceAuthArgumentRules.IsValidClientName(arguments.ClientName))
        {
            problems.Add(InvalidArgument(
                NamedLocation(nameof(PieceAuthAttribute.ClientName)),
                nameof(PieceAuthAttribute.ClientName),
                arguments.ClientName,
                "is not a C# identifier (it is the stem of the generated method names)"));
        }

        Location NamedLocation(string property) => SourceLocations.ForNamedArgument(attribute, property, type, cancellationToken);
    }

    /// <summary>The <c>ExternalIdPrefix</c> argument when it is written, else the piece name the prefix is derived from.</summary>
    private static Location PrefixLocation(INamedTypeSymbol type, AttributeData attribute, PieceAuthArguments arguments, CancellationToken cancellationToken) =>
        arguments.IsExternalIdPrefixExplicit
            ? SourceLocations.ForNamedArgument(attribute, nameof(PieceAuthAttribute.ExternalIdPrefix), type, cancellationToken)
            : PieceNameLocation(type, attribute, cancellationToken);

    private static DiagnosticInfo InvalidArgument(Location location, string argument, string? value, string why) =>
        DiagnosticInfo.Create(
            DiagnosticDescriptors.InvalidAttributeArgument,
            location,
            value is null ? argument : argument + " '" + value + "'",
            why);

    private static ConnectionTypeModel CreateModel(INamedTypeSymbol type, PieceAuthArguments arguments, List<ParsedMember> parsedMembers)
    {
        var members = new ConnectionMemberModel[parsedMembers.Count];
        for (var i = 0; i < members.Length; i++)
        {
            members[i] = parsedMembers[i].ToModel();
        }

        return Model(type, arguments, new EquatableArray<ConnectionMemberModel>(members), GenerationMode.Complete);
    }

    /// <summary>
    /// The stand-in of a type with a problem, or null when call sites could not compile against one either: the type
    /// cannot be named from its namespace (generic, file-local, static, a ref struct, not accessible), or the method
    /// names would be wrong (an invalid <c>ClientName</c>).
    /// </summary>
    private static ConnectionTypeModel? CreateStandIn(INamedTypeSymbol type, PieceAuthArguments arguments, bool typeHasProblems)
    {
        if (!TypeShapeReader.CanBeNamedByGeneratedCode(type) || !PieceAuthArgumentRules.IsValidClientName(arguments.ClientName))
        {
            return null;
        }

        return Model(
            type,
            arguments,
            EquatableArray<ConnectionMemberModel>.Empty,
            typeHasProblems ? GenerationMode.StandInExtensionsOnly : GenerationMode.StandInWithNamingMembers);
    }

    private static ConnectionTypeModel Model(INamedTypeSymbol type, PieceAuthArguments arguments, EquatableArray<ConnectionMemberModel> members, GenerationMode mode) =>
        new()
        {
            Hierarchy = CreateHierarchy(type),
            IsSealed = type.IsSealed,
            IsPublic = TypeShapeReader.IsPublic(type),
            IsEquatable = TypeShapeReader.IsEquatable(type),
            HasUserDefinedPrinting = TypeShapeReader.HasUserDefinedPrinting(type),
            Settings = arguments.ToSettings(),
            Members = members,
            Mode = mode,
        };

    private static HierarchyInfo CreateHierarchy(INamedTypeSymbol type)
    {
        var containing = new List<TypeDeclarationInfo>();
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            containing.Insert(0, Declaration(current));
        }

        var fullyQualifiedName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return new HierarchyInfo
        {
            Namespace = type.ContainingNamespace is { IsGlobalNamespace: false } containingNamespace ? containingNamespace.ToDisplayString() : string.Empty,
            ContainingTypes = EquatableArray<TypeDeclarationInfo>.From(containing),
            Type = Declaration(type),
            FullyQualifiedName = fullyQualifiedName,
            HintName = HintName(fullyQualifiedName),
        };
    }

    private static TypeDeclarationInfo Declaration(INamedTypeSymbol type) =>
        new(CSharpNames.Escape(type.Name), TypeShapeReader.DeclarationKind(type));

    private static string HintName(string fullyQualifiedName)
    {
        const string GlobalPrefix = "global::";
        var builder = new StringBuilder(fullyQualifiedName.Length + 5);
        var start = fullyQualifiedName.StartsWith(GlobalPrefix, System.StringComparison.Ordinal) ? GlobalPrefix.Length : 0;
        for (var i = start; i < fullyQualifiedName.Length; i++)
        {
            var c = fullyQualifiedName[i];
            builder.Append(char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_');
        }

        return builder.Append(".g.cs").ToString();
    }
}
