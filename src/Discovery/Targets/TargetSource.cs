namespace Discovery.Targets;

/// <summary>Where a target came from, so an error can point at it: an argument, or a file and line.</summary>
/// <param name="Name">"argument", "--exclude", or a file path.</param>
/// <param name="Line">1-based line number when <paramref name="Name"/> is a file; otherwise null.</param>
internal readonly record struct TargetSource(string Name, int? Line = null)
{
    /// <summary>A target given on the command line.</summary>
    public static TargetSource Argument { get; } = new("argument");

    /// <summary>A target given with --exclude.</summary>
    public static TargetSource Exclude { get; } = new("--exclude");

    /// <inheritdoc/>
    public override string ToString() => Line is { } line ? $"{Name}:{line}" : Name;
}
