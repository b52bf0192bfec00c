using Xunit;

namespace Discovery.Testing;

/// <summary>
/// Waits for a condition that has no signal to wait on (a file another process writes, a counter of a server), by
/// looking at it every few milliseconds up to a deadline. Prefer a <see cref="TaskCompletionSource"/> when the code
/// under test can raise one.
/// </summary>
public static class Poll
{
    /// <summary>Returns once <paramref name="condition"/> holds; fails the test naming <paramref name="what"/> after <paramref name="deadline"/> (default 20 s).</summary>
    public static Task UntilAsync(Func<bool> condition, string what, CancellationToken cancellationToken, TimeSpan? deadline = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return UntilAsync(() => Task.FromResult(condition()), what, cancellationToken, deadline);
    }

    /// <summary>As <see cref="UntilAsync(Func{bool}, string, CancellationToken, TimeSpan?)"/>, for a condition that must ask a server.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, CancellationToken cancellationToken, TimeSpan? deadline = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var until = DateTime.UtcNow + (deadline ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, $"timed out waiting for {what}");
            await Task.Delay(10, cancellationToken);
        }
    }
}
