namespace Discovery.Pipeline;

/// <summary>
/// Bad input a job found before it sent anything (a malformed target, a missing file, a bad id map, a run that is
/// not in the crawl log). Each problem is named where the user wrote it; the CLI prints them and exits 2.
/// </summary>
internal sealed class PipelineInputException : Exception
{
    public PipelineInputException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    public PipelineInputException(string message)
        : this([message])
    {
    }

    public PipelineInputException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    public PipelineInputException()
        : this("bad input")
    {
    }

    /// <summary>Every problem, one line each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
