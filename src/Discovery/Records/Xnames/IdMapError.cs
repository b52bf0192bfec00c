namespace Discovery.Records.Xnames;

/// <summary>A problem found while loading an id map, located in its file.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">The 1-based line, or 0 when the whole file is at fault (e.g. it does not exist).</param>
/// <param name="Message">What is wrong, naming the offending key or value.</param>
internal sealed record IdMapError(string File, int Line, string Message)
{
    /// <summary>The compiler-style form <c>file:line: message</c>.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
