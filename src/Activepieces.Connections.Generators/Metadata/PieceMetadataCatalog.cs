using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Activepieces.Metadata;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Activepieces.Connections.Generators.Metadata;

/// <summary>
/// The <c>*.piece.json</c> additional files of one compilation, read once, indexed by piece name. A file whose piece
/// is already described by an earlier file (by path order) is invalid, so every piece has exactly one source of truth.
/// </summary>
internal sealed class PieceMetadataCatalog
{
    // The IDE hands the same SourceText to every compilation until the file changes: read each text once.
    private static readonly ConditionalWeakTable<SourceText, PieceMetadataFile> ReadCache = new();

    private readonly Dictionary<string, PieceMetadataFile> _byPath;
    private readonly Dictionary<string, PieceDefinition> _byName;

    private PieceMetadataCatalog(Dictionary<string, PieceMetadataFile> byPath, Dictionary<string, PieceDefinition> byName)
    {
        _byPath = byPath;
        _byName = byName;
    }

    /// <summary>Reads every piece metadata file among <paramref name="additionalFiles"/>.</summary>
    public static PieceMetadataCatalog Create(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var files = new List<AdditionalText>();
        foreach (var file in additionalFiles)
        {
            if (PieceMetadataFileName.Matches(file.Path))
            {
                files.Add(file);
            }
        }

        files.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        var byPath = new Dictionary<string, PieceMetadataFile>(StringComparer.Ordinal);
        var byName = new Dictionary<string, PieceDefinition>(StringComparer.Ordinal);
        var fileOfName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (byPath.ContainsKey(file.Path))
            {
                continue;
            }

            var read = ReadCached(file, cancellationToken);
            if (read.Metadata is { } metadata)
            {
                if (fileOfName.TryGetValue(metadata.Name, out var first))
                {
                    read = read.WithProblem(new PieceMetadataProblem(
                        "the piece '" + metadata.Name + "' is already described by '" + System.IO.Path.GetFileName(first) + "'", 0));
                }
                else
                {
                    fileOfName.Add(metadata.Name, file.Path);
                    byName.Add(metadata.Name, metadata);
                }
            }

            byPath.Add(file.Path, read);
        }

        return new PieceMetadataCatalog(byPath, byName);
    }

    /// <summary>How many <c>*.piece.json</c> additional files the compilation has, valid or not.</summary>
    public int FileCount => _byPath.Count;

    /// <summary>The metadata of the piece named <paramref name="pieceName"/>, or null when no valid file describes it.</summary>
    public PieceDefinition? Find(string pieceName) => _byName.TryGetValue(pieceName, out var metadata) ? metadata : null;

    /// <summary>The reading of the metadata file at <paramref name="path"/>, or null when it is not one.</summary>
    public PieceMetadataFile? FindFile(string path) => _byPath.TryGetValue(path, out var file) ? file : null;

    private static PieceMetadataFile ReadCached(AdditionalText file, CancellationToken cancellationToken)
    {
        SourceText? text;
        try
        {
            text = file.GetText(cancellationToken);
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // A host may surface an unreadable file this way; it is reported as an invalid file.
            text = null;
        }

        if (text is null)
        {
            return PieceMetadataFile.Read(file.Path, null, cancellationToken);
        }

        var path = file.Path;
        var cached = ReadCache.GetValue(text, t => PieceMetadataFile.Read(path, t, cancellationToken));
        return cached.Path == path ? cached : PieceMetadataFile.Read(path, text, cancellationToken);
    }
}
