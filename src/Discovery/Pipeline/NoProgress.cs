namespace Discovery.Pipeline;

/// <summary>An <see cref="IJobProgress"/> that shows nothing.</summary>
internal sealed class NoProgress : IJobProgress
{
    /// <summary>The one instance.</summary>
    public static IJobProgress Instance { get; } = new NoProgress();
}
