using Discovery.Store.DuckDb;
using DuckDB.NET.Data;
using Discovery.Text;

namespace Discovery.CrawlLog.Analysis;

/// <summary>
/// The walls around the in-memory DuckDB that runs people's SQL over the crawl log (<c>logs query</c>): files only
/// under the log folder, no extension installed or loaded (so no download), settings locked, and only queries run.
/// DuckDB's settings confine paths but still allow writes inside the folder (COPY TO, EXPORT DATABASE), hence the
/// statement check on top.
/// </summary>
internal static class CrawlLogSandbox
{
    private const string PermissionError = "Permission Error: ";

    // json_serialize_sql parses without binding or running anything (binding alone has effects: EXPORT DATABASE
    // creates its folder) and serializes only SELECT statements, the ones DuckDB rewrites FROM, DESCRIBE, SHOW
    // and SUMMARIZE to included.
    private const string ParseSql =
        "SELECT coalesce((j->'error')::BOOLEAN, true), j->>'error_type', j->>'error_message' FROM (SELECT json_serialize_sql(?::VARCHAR) AS j)";

    private const string NotSelect = "Only SELECT statements can be serialized to json!";
    private const string ParserErrorType = "parser";

    private const string ReadOnly = "the crawl log is read-only, so logs query runs only queries (SELECT, FROM, WITH, DESCRIBE, SUMMARIZE)";

    private static readonly HashSet<string> QueryKeywords = new(["", "SELECT", "FROM", "WITH", "VALUES", "DESCRIBE", "DESC", "SHOW", "SUMMARIZE", "TABLE"], StringComparer.Ordinal);

    /// <summary>
    /// Confines <paramref name="connection"/> to reading under <paramref name="root"/>; no setting can change
    /// afterwards. DuckDB spills large sorts and joins to <paramref name="spillDirectory"/> (created only then).
    /// </summary>
    public static void Lock(DuckDBConnection connection, string root, string spillDirectory)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // The trailing separator keeps a sibling that shares the prefix (logs-old/) out: DuckDB compares prefixes.
        var folder = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        // In this order: DuckDB refuses to change allowed_directories once external access is off, and any setting
        // once the configuration is locked. Turning external access off also allows the temp directory, which is
        // by default .tmp in the working folder: a private one keeps the working folder out of reach.
        connection.Execute($"SET temp_directory = {DuckDbCommands.Literal(spillDirectory)}");
        connection.Execute($"SET allowed_directories = [{DuckDbCommands.Literal(folder)}]");
        connection.Execute("SET autoinstall_known_extensions = false");
        connection.Execute("SET autoload_known_extensions = false");
        connection.Execute("SET allow_community_extensions = false");
        connection.Execute("SET enable_external_access = false");
        connection.Execute("SET lock_configuration = true");
    }

    /// <summary>Throws unless every statement of <paramref name="sql"/> is a query. Text that does not parse passes: running it reports DuckDB's own error.</summary>
    /// <exception cref="CrawlLogQueryRefusedException">A statement is not a query; the message names its kind.</exception>
    public static void RequireQueries(DuckDBConnection connection, string sql)
    {
        var (failed, errorType, message) = connection.ReadAll(ParseSql, [sql], r => (r.GetBoolean(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)))[0];
        if (!failed || errorType == ParserErrorType)
        {
            return;
        }

        if (message != NotSelect)
        {
            // Fail closed: what DuckDB cannot serialize is not run.
            throw new CrawlLogQueryRefusedException($"refused: DuckDB could not check the query ({message}); {ReadOnly}");
        }

        var kind = SqlLeadingKeywords.Of(sql).FirstOrDefault(k => !QueryKeywords.Contains(k));
        throw new CrawlLogQueryRefusedException(kind is null ? $"refused a statement that is not a query: {ReadOnly}" : $"refused {kind} statement: {ReadOnly}");
    }

    /// <summary>
    /// DuckDB's refusal of a path outside <paramref name="root"/> (a read of /etc/passwd, an https:// URL) as a
    /// <see cref="CrawlLogQueryRefusedException"/> naming the folder; null for any other DuckDB error.
    /// </summary>
    public static CrawlLogQueryRefusedException? Refusal(DuckDBException exception, string root)
    {
        ArgumentNullException.ThrowIfNull(exception);
        // DuckDB.NET 1.5.6.1 reports these with ErrorType Invalid, so the message's own prefix tells them apart.
        if (!exception.Message.StartsWith(PermissionError, StringComparison.Ordinal))
        {
            return null;
        }

        var reason = exception.Message[PermissionError.Length..].Split('\n', 2)[0].Trim();
        return new CrawlLogQueryRefusedException($"refused: only files under the crawl log folder '{root}' can be read ({QuotedValue.Bare(reason)})", exception);
    }
}
