using Discovery.Redfish.Collect;

namespace Discovery.Redfish.Collect.Tests;

public sealed class LoginRuleTests
{
    [Theory]
    [InlineData(201, true)]
    [InlineData(200, true)]
    [InlineData(404, true)]
    [InlineData(405, true)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(400, false)]
    [InlineData(503, false)]
    [InlineData(null, false)]
    public void LetsCrawlProceed_ByStatus_AsTheCollectorDecides(int? status, bool proceeds) =>
        Assert.Equal(proceeds, LoginRule.LetsCrawlProceed(status));
}
