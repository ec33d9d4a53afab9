using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Activepieces.Connections.Generators.Diagnostics;
using Activepieces.Connections.Generators.Metadata;
using Activepieces.Connections.Generators.Model;
using Activepieces.Connections.Generators.Parsing;
using Activepieces.Metadata;
using Activepieces.Records;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Activepieces.Connections.Generators.Analyzers;

/// <summary>
/// Checks every <c>[PieceAuth]</c> type against its piece's metadata, a <c>*.piece.json</c> additional file whose
/// <c>name</c> is the type's piece name (APC010–APC014, APC017), reports a missing file (APC022 when the project expects
/// one, else APC016) and metadata files that cannot be read (APC015). BASIC_AUTH passwords and SECRET_TEXT values are
/// checked for <c>[Secret]</c> without metadata.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PieceMetadataAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.AuthTypeNotInMetadata,
        DiagnosticDescriptors.MissingRequiredProp,
        DiagnosticDescriptors.UnknownProp,
        DiagnosticDescriptors.PropTypeMismatch,
        DiagnosticDescriptors.SecretNotMarked,
        DiagnosticDescriptors.InvalidMetadataFile,
        DiagnosticDescriptors.NoMetadataFile,
        DiagnosticDescriptors.EnumValueNotInOptions,
        DiagnosticDescriptors.MetadataCheckLost);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var options = start.Options;
            var cancellationToken = start.CancellationToken;
            var catalog = new Lazy<PieceMetadataCatalog>(
                () => PieceMetadataCatalog.Create(options.AdditionalFiles, cancellationToken),
                LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterAdditionalFileAction(file => ReportInvalidFile(file, catalog));

            var attributeClass = PieceAuthAttributeLookup.FindAttributeClass(start.Compilation);
            if (attributeClass is not null)
            {
                var expectation = MetadataExpectation.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions);
                start.RegisterSymbolAction(symbol => AnalyzeType(symbol, attributeClass, catalog, expectation), SymbolKind.NamedType);
            }
        });
    }

    private static void ReportInvalidFile(AdditionalFileAnalysisContext context, Lazy<PieceMetadataCatalog> catalog)
    {
        var path = context.AdditionalFile.Path;
        if (!PieceMetadataFileName.Matches(path) || catalog.Value.FindFile(path) is not { Problem: { } problem } file)
        {
            return;
        }

        var location = file.GetProblemLocation();
        var position = location.GetLineSpan().StartLinePosition;
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.InvalidMetadataFile,
            location,
            System.IO.Path.GetFileName(path),
            problem.Message,
            position.Line + 1,
            position.Character + 1));
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol attributeClass, Lazy<PieceMetadataCatalog> catalog, MetadataExpectation expectation)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var attribute = PieceAuthAttributeLookup.Find(type, attributeClass);
        if (attribute is null)
        {
            return;
        }

        var arguments = PieceAuthParser.ReadArguments(type, attribute);
        if (!arguments.IsAuthTypeDefined || !PieceNames.IsValid(arguments.PieceName))
        {
            // The shape analyzer reports the argument; nothing can be looked up.
            return;
        }

        var metadata = catalog.Value.Find(arguments.PieceName);
        PieceAuthDefinition? entry = null;
        if (metadata is not null && !PieceAuthLookup.Declares(metadata, arguments.AuthType, out entry))
        {
            // The one diagnostic of a wrong auth type: what follows from it (the members' fit, which of them is the
            // secret) would only describe the wrong type. The shape analyzer holds back its APC005 for the same reason.
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.AuthTypeNotInMetadata,
                PieceAuthParser.AuthTypeLocation(type, attribute, context.CancellationToken),
                arguments.PieceName,
                PieceMetadataTypes.ForAuthType(arguments.AuthType),
                DeclaredAuthTypes(metadata)));
            return;
        }

        var members = PieceAuthParser.ReadMembers(type, arguments.AuthType, context.CancellationToken);
        ReportUnmarkedSecretFields(context, type, members);
        if (metadata is null)
        {
            // A project that has metadata elsewhere, or a record that came from metadata, lost a check (a warning the
            // command-line build shows); a project without any metadata only hears that it could have one (info).
            var location = PieceAuthParser.PieceNameLocation(type, attribute, context.CancellationToken);
            context.ReportDiagnostic(expectation.WhyExpected(type, catalog.Value, context.CancellationToken) is { } reason
                ? Diagnostic.Create(DiagnosticDescriptors.MetadataCheckLost, location, arguments.PieceName, type.Name, reason)
                : Diagnostic.Create(DiagnosticDescriptors.NoMetadataFile, location, arguments.PieceName, type.Name));
            return;
        }

        if (entry is not null && (AuthTypeWireNames.IsPropsOnly(arguments.AuthType) || AuthTypeWireNames.IsOAuth2(arguments.AuthType)))
        {
            CheckProps(context, type, arguments.PieceName, entry, members);
        }
    }

    private static void CheckProps(
        SymbolAnalysisContext context,
        INamedTypeSymbol type,
        string pieceName,
        PieceAuthDefinition entry,
        List<ParsedMember> members)
    {
        var mapped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (member.Field != WireField.Prop)
            {
                continue;
            }

            var location = SourceLocations.ForMember(member.Symbol, type);
            var prop = entry.FindProp(member.Key);
            if (prop is null)
            {
                ReportUnknownProp(context, pieceName, entry, member, location);
                continue;
            }

            mapped.Add(prop.Key);
            if (!PieceMetadataTypes.CarriesValue(prop.Type)
                || (member.Type.Kind != MemberTypeKind.Unsupported && !PropTypeRules.Fits(member.Type.Kind, prop.Type)))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.PropTypeMismatch,
                    location,
                    member.Name,
                    DisplayType(member),
                    prop.Key,
                    prop.Type,
                    PropTypeRules.Expectation(prop.Type)));
            }
            else if (member.Type.Kind == MemberTypeKind.Enum && prop.Type == PieceMetadataTypes.StaticDropdown)
            {
                ReportEnumValuesNotInOptions(context, member, prop, location);
            }

            if (PieceMetadataTypes.IsSecret(prop.Type) && !member.HasSecretAttribute)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SecretNotMarked, location, member.Name, prop.Key));
            }
        }

        foreach (var prop in entry.Props)
        {
            if (!prop.Required || mapped.Contains(prop.Key) || PropTypeRules.SuggestedType(prop.Type) is not { } memberType)
            {
                continue;
            }

            var properties = ImmutableDictionary.CreateRange(new[]
            {
                new KeyValuePair<string, string?>(DiagnosticPropertyNames.PropKey, prop.Key),
                new KeyValuePair<string, string?>(DiagnosticPropertyNames.MemberType, memberType),
                new KeyValuePair<string, string?>(DiagnosticPropertyNames.IsSecret, PieceMetadataTypes.IsSecret(prop.Type) ? "true" : "false"),
            });
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MissingRequiredProp,
                SourceLocations.ForType(type),
                properties,
                type.Name,
                prop.Key,
                prop.Type,
                pieceName));
        }
    }

    private static void ReportUnknownProp(SymbolAnalysisContext context, string pieceName, PieceAuthDefinition entry, ParsedMember member, Location location)
    {
        var keys = new List<string>(entry.Props.Length);
        foreach (var prop in entry.Props)
        {
            keys.Add(prop.Key);
        }

        var suggestion = PropKeySuggester.Suggest(member.Name, member.Key, keys);
        var hint = suggestion is not null
            ? "; did you mean '" + suggestion + "'?"
            : keys.Count == 0 ? " (its " + entry.Type + " auth has no props)" : " (its props: " + string.Join(", ", keys) + ")";
        var properties = suggestion is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyNames.PropKey, suggestion);
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownProp, location, properties, member.Name, member.Key, pieceName, hint));
    }

    private static void ReportEnumValuesNotInOptions(SymbolAnalysisContext context, ParsedMember member, PiecePropDefinition prop, Location location)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        var listed = new List<string>(prop.Options.Length);
        foreach (var option in prop.Options)
        {
            values.Add(option.Value);
            listed.Add(option.Value);
        }

        var options = listed.Count == 0 ? "none" : string.Join(", ", listed);
        foreach (var value in member.Type.EnumValues)
        {
            if (!values.Contains(value.WireValue))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.EnumValueNotInOptions,
                    location,
                    ShortTypeName(member.Type.TypeName),
                    value.MemberName,
                    value.WireValue,
                    prop.Key,
                    options));
            }
        }
    }

    /// <summary>
    /// BASIC_AUTH passwords and SECRET_TEXT values are secrets whatever the metadata says; they should say so with
    /// <c>[Secret]</c> (APC014).
    /// </summary>
    private static void ReportUnmarkedSecretFields(SymbolAnalysisContext context, INamedTypeSymbol type, List<ParsedMember> members)
    {
        foreach (var member in members)
        {
            if (member.Field is WireField.Password or WireField.SecretText && !member.HasSecretAttribute)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.SecretNotMarked,
                    SourceLocations.ForMember(member.Symbol, type),
                    member.Name,
                    WireFields.JsonName(member.Field)));
            }
        }
    }

    private static string DeclaredAuthTypes(PieceDefinition metadata)
    {
        if (metadata.Auths.IsEmpty)
        {
            return "no auth";
        }

        // Each as the wire name and the AuthType member to write, e.g. "CUSTOM_AUTH (AuthType.CustomAuth)".
        var types = new string[metadata.Auths.Length];
        for (var i = 0; i < types.Length; i++)
        {
            var wireName = metadata.Auths[i].Type;
            types[i] = AuthTypeWireNames.TryParse(wireName, out var authType) ? wireName + " (AuthType." + authType + ")" : wireName;
        }

        return string.Join(", ", types);
    }

    private static string DisplayType(ParsedMember member)
    {
        var name = member.Type.TypeName.Replace("global::", string.Empty);
        return member.Type.IsNullable ? name + "?" : name;
    }

    private static string ShortTypeName(string fullyQualifiedName)
    {
        var dot = fullyQualifiedName.LastIndexOf('.');
        var colon = fullyQualifiedName.LastIndexOf(':');
        return fullyQualifiedName.Substring(Math.Max(dot, colon) + 1);
    }
}
