namespace Discovery.Locate.Map;

/// <summary>A location map people wrote is unusable; <see cref="Errors"/> lists every problem as <c>file:line: message</c>.</summary>
internal sealed class LocationMapException : Exception
{
    /// <summary>A failure with <paramref name="errors"/>.</summary>
    public LocationMapException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>Each problem, <c>file:line: message</c>.</summary>
    public IReadOnlyList<string> Errors { get; }
}
