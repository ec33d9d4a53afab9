namespace Activepieces.Transport;

/// <summary>A page of a seek-paginated list: <c>{data, next, previous}</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class SeekPage<T>
{
    public List<T> Data { get; set; } = [];

    public string? Next { get; set; }

    public string? Previous { get; set; }
}
