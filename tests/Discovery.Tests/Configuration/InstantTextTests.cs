using Discovery.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.Configuration.Tests;

public sealed class InstantTextTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Parse_AnAge_CountsBackFromNow()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), InstantText.Parse(" 2h ", "--since", Clock));
        Assert.Equal(new DateTimeOffset(2026, 11, 15, 12, 0, 0, TimeSpan.Zero), InstantText.Parse("7d", "--since", Clock));
    }

    [Fact]
    public void Parse_Iso8601WithoutOffset_IsUtc()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 2, 15, 0, TimeSpan.Zero), InstantText.Parse("2026-11-22T02:15:00", "--as-of", Clock));
    }

    [Fact]
    public void Parse_Neither_NamesTheOptionAndTheValue()
    {
        var ex = Assert.Throws<PipelineInputException>(() => InstantText.Parse("yesterday", "--as-of", Clock));

        Assert.Equal("--as-of 'yesterday' is not a time: use ISO 8601 (2026-11-22T02:15:00Z) or an age (90m, 2h, 7d)", Assert.Single(ex.Problems));
    }
}
