using Discovery.Testing.Logging;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace Discovery.CrawlLog.Tests;

public sealed partial class CrawlLogWriterTests
{
    [Fact]
    public async Task CompleteAsync_WithLogger_LogsTheStartAndTheRunsCounts()
    {
        using var log = new LogCapture();
        await using (var writer = CrawlLogWriter.Create(
            _directory.Path, RunId, "collect", options: new() { TimeProvider = _clock, Logger = log.CreateLogger<CrawlLogWriter>() }))
        {
            writer.AddResponse(CrawlLogSamples.Response(1));
            writer.AddResponse(CrawlLogSamples.Response(2));
            await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
        }

        var started = Assert.Single(log.Events(CrawlLogEventIds.RunStarted));
        Assert.Equal(RunId, started.Value("RunId"));
        Assert.Equal("collect", started.Value("Kind"));
        var completed = Assert.Single(log.Events(CrawlLogEventIds.RunCompleted));
        Assert.Equal(LogLevel.Information, completed.Level);
        Assert.Equal("complete", completed.Value("Status"));
        Assert.Equal(2L, completed.Value("Responses"));
        // Tables without rows write no file: responses and runs only.
        Assert.Equal(2, completed.Value("Files"));
    }
}
