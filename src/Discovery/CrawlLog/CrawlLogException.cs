namespace Discovery.CrawlLog;

/// <summary>
/// The crawl log could not be written (a full disk, an I/O error) or read: the message names the file and gives DuckDB's
/// reason. An <see cref="IOException"/>, so callers that handle the log's file errors handle this one too.
/// </summary>
internal sealed class CrawlLogException : IOException
{
    /// <summary>Creates the exception with a message and its cause.</summary>
    public CrawlLogException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CrawlLogException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public CrawlLogException()
        : base("The crawl log could not be written.")
    {
    }
}
