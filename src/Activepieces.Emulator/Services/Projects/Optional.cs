namespace Activepieces.Emulator.Services.Projects;

/// <summary>A request field that may be absent, or present with a value that may be null (<c>x.nullable().optional()</c>).</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="IsPresent">Whether the request carried the field.</param>
/// <param name="Value">Its value (meaningful when present).</param>
internal readonly record struct Optional<T>(bool IsPresent, T Value)
{
    /// <summary>A present field.</summary>
    public static Optional<T> Of(T value) => new(true, value);

    /// <summary>The value when present, else <paramref name="current"/>.</summary>
    public T Or(T current) => IsPresent ? Value : current;
}
