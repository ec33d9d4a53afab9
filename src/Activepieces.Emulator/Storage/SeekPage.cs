namespace Activepieces.Emulator.Storage;

/// <summary>A page of a seek-paginated list: <c>{data, next, previous}</c>; the cursors are opaque strings.</summary>
internal sealed record SeekPage<T>(IReadOnlyList<T> Data, string? Next, string? Previous);
