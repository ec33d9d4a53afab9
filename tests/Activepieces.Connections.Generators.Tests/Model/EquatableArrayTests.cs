
namespace Activepieces.Connections.Generators.Tests.Model;

public sealed class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_equal_elements_are_equal_with_equal_hash_codes()
    {
        var first = new EquatableArray<string>(["a", "b"]);
        var second = new EquatableArray<string>(["a", "b"]);

        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Arrays_with_different_elements_or_order_are_not_equal()
    {
        var first = new EquatableArray<string>(["a", "b"]);

        Assert.NotEqual(first, new EquatableArray<string>(["b", "a"]));
        Assert.NotEqual(first, new EquatableArray<string>(["a"]));
    }

    [Fact]
    public void The_default_value_is_an_empty_array()
    {
        EquatableArray<string> value = default;

        Assert.True(value.IsEmpty);
        Assert.Equal(EquatableArray<string>.Empty, value);
        Assert.Empty(value);
    }
}
