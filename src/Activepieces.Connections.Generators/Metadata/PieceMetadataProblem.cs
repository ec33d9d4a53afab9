namespace Activepieces.Connections.Generators.Metadata;

/// <summary>Why a metadata file is not valid piece metadata, and where (a character offset into the file's text).</summary>
/// <param name="Message">What is wrong, e.g. <c>'auth.props.port.type' must be a string, but is a number</c>.</param>
/// <param name="Position">The character offset in the file's text where the problem is.</param>
internal sealed record PieceMetadataProblem(string Message, int Position);
