using System.Threading;
using Activepieces.Metadata;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Activepieces.Connections.Generators.Metadata;

/// <summary>A <c>*.piece.json</c> additional file after reading: either its metadata or the problem that makes it invalid.</summary>
internal sealed class PieceMetadataFile
{
    private PieceMetadataFile(string path, SourceText? text, PieceDefinition? metadata, PieceMetadataProblem? problem)
    {
        Path = path;
        Text = text;
        Metadata = metadata;
        Problem = problem;
    }

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>The file's text, or null when it could not be read.</summary>
    public SourceText? Text { get; }

    /// <summary>The metadata, when the file is valid.</summary>
    public PieceDefinition? Metadata { get; }

    /// <summary>Why the file is invalid, when it is.</summary>
    public PieceMetadataProblem? Problem { get; }

    /// <summary>Reads <paramref name="text"/>, the content of the file at <paramref name="path"/>, with <see cref="PieceMetadataReader"/>.</summary>
    public static PieceMetadataFile Read(string path, SourceText? text, CancellationToken cancellationToken)
    {
        var read = PieceMetadataReader.Read(text?.ToString(), cancellationToken);
        return new PieceMetadataFile(path, text, read.Piece, read.Problem);
    }

    /// <summary>A copy of this file that is invalid for <paramref name="problem"/>.</summary>
    public PieceMetadataFile WithProblem(PieceMetadataProblem problem) => new(Path, Text, null, problem);

    /// <summary>The location of <see cref="Problem"/> in the file (the file itself when its text is unknown).</summary>
    public Location GetProblemLocation()
    {
        if (Text is null || Problem is null)
        {
            return Location.Create(Path, default, default);
        }

        var start = Problem.Position < 0 ? 0 : Problem.Position > Text.Length ? Text.Length : Problem.Position;
        var span = new TextSpan(start, start < Text.Length ? 1 : 0);
        return Location.Create(Path, span, Text.Lines.GetLinePositionSpan(span));
    }
}
