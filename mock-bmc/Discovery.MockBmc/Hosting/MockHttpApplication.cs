using Discovery.MockBmc.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Discovery.MockBmc.Hosting;

/// <summary>The bare Kestrel application of one instance: no middleware pipeline, no DI scope per request.</summary>
internal sealed class MockHttpApplication(MockRequestHandler handler) : IHttpApplication<HttpContext>
{
    public HttpContext CreateContext(IFeatureCollection contextFeatures) => new DefaultHttpContext(contextFeatures);

    public Task ProcessRequestAsync(HttpContext context) => handler.HandleAsync(context);

    public void DisposeContext(HttpContext context, Exception? exception)
    {
    }
}
