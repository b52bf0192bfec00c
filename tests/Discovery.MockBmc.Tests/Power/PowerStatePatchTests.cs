using System.Text;
using Discovery.MockBmc.Power;

namespace Discovery.MockBmc.Tests.Power;

public sealed class PowerStatePatchTests
{
    [Theory]
    [InlineData("{\"PowerState\": \"On\", \"X\": 1}", "{\"PowerState\": \"Off\", \"X\": 1}")]
    [InlineData("{\n  \"PowerState\"\n  :\n  \"On\"\n}", "{\n  \"PowerState\"\n  :\n  \"Off\"\n}")]
    [InlineData("{\"Id\": \"1\"}", "{\"Id\": \"1\"}")]
    [InlineData("{\"PowerState\": null}", "{\"PowerState\": null}")]
    public void Apply_Body_SwapsOnlyThePowerStateString(string body, string expected)
    {
        var patched = PowerStatePatch.Apply(Encoding.UTF8.GetBytes(body), "Off");

        Assert.Equal(expected, Encoding.UTF8.GetString(patched.Span));
    }
}
