using Activepieces.Transport;

namespace Activepieces.Tests.Fleet;

public sealed class RouteTemplateTests
{
    [Theory]
    [InlineData("v1/projects", "v1/projects")]
    [InlineData("v1/projects/AbCdEfGhIjKlMnOpQrStU", "v1/projects/{id}")]
    [InlineData("v1/global-connections/x1", "v1/global-connections/{id}")]
    [InlineData("v1/pieces/%40activepieces%2Fpiece-gelato", "v1/pieces/{id}")]
    [InlineData("v1/a/b/c", "v1/a/{id}/{id}")]
    [InlineData("v1", "v1")]
    public void Ids_become_placeholders(string path, string route) => Assert.Equal(route, RouteTemplate.Of(path));
}
