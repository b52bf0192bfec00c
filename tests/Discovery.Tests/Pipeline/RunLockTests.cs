using Discovery.Pipeline;

namespace Discovery.Pipeline.Tests;

public sealed class RunLockTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("run-lock-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void TryAcquire_WhileHeld_RefusedNamingTheHolderThenFreeAfterRelease()
    {
        var now = new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
        using (var held = RunLock.TryAcquire(_directory, now, out var none))
        {
            Assert.NotNull(held);
            Assert.Null(none);

            Assert.Null(RunLock.TryAcquire(_directory, now, out var holder));
            Assert.Equal($"pid {Environment.ProcessId} since 2026-12-02 08:00:00Z", holder);
        }

        using var again = RunLock.TryAcquire(_directory, now, out _);
        Assert.NotNull(again);
    }
}
