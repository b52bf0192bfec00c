using Discovery.CrawlLog;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.CrawlLog.Tests;

public sealed class CrawlRunIdTests
{
    [Fact]
    public void New_SameSecond_UniqueAndSortableByTime()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 2, 15, 0, TimeSpan.Zero));
        var first = CrawlRunId.New(clock);
        var second = CrawlRunId.New(clock);
        clock.Advance(TimeSpan.FromSeconds(1));
        var later = CrawlRunId.New(clock);

        Assert.Matches("^20261122T021500Z-[0-9a-f]{8}$", first);
        Assert.NotEqual(first, second);
        Assert.True(string.CompareOrdinal(first, later) < 0 && string.CompareOrdinal(second, later) < 0);
        Assert.True(CrawlRunId.IsValid(first));
    }

    [Theory]
    [InlineData("run-1", true)]
    [InlineData("", false)]
    [InlineData("a/b", false)]
    [InlineData("it's", false)]
    [InlineData(".tmp", false)]
    public void IsValid_Values_Classified(string value, bool expected) => Assert.Equal(expected, CrawlRunId.IsValid(value));
}
