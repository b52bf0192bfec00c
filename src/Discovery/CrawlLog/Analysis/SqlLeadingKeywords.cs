namespace Discovery.CrawlLog.Analysis;

/// <summary>
/// The first word of each statement of a SQL text (<c>COPY</c> of <c>select 1; copy ...</c>), skipping comments,
/// quoted text and opening parentheses, to name a refused statement. Only for messages: whether a statement is
/// allowed is DuckDB's parser's call, never this.
/// </summary>
internal static class SqlLeadingKeywords
{
    /// <summary>The leading word of each statement, upper-cased; empty for a statement that starts otherwise.</summary>
    public static IReadOnlyList<string> Of(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var keywords = new List<string>();
        string? current = null;
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (c == ';')
            {
                keywords.Add(current ?? string.Empty);
                current = null;
                i++;
            }
            else if (char.IsWhiteSpace(c) || (c == '(' && current is null))
            {
                i++;
            }
            else if (c == '-' && At(sql, i + 1, '-'))
            {
                i = sql.IndexOf('\n', i) is var end and >= 0 ? end + 1 : sql.Length;
            }
            else if (c == '/' && At(sql, i + 1, '*'))
            {
                i = SkipBlockComment(sql, i);
            }
            else if (c is '\'' or '"')
            {
                current ??= string.Empty;
                i = SkipQuoted(sql, i, c);
            }
            else if (current is null && (char.IsAsciiLetter(c) || c == '_'))
            {
                var start = i;
                while (i < sql.Length && (char.IsAsciiLetterOrDigit(sql[i]) || sql[i] == '_'))
                {
                    i++;
                }

                current = sql[start..i].ToUpperInvariant();
            }
            else
            {
                current ??= string.Empty;
                i++;
            }
        }

        if (current is not null)
        {
            keywords.Add(current);
        }

        return keywords;
    }

    private static bool At(string sql, int index, char c) => index < sql.Length && sql[index] == c;

    // Block comments nest, as in PostgreSQL, whose grammar DuckDB's parser comes from.
    private static int SkipBlockComment(string sql, int i)
    {
        var depth = 0;
        while (i < sql.Length)
        {
            if (sql[i] == '/' && At(sql, i + 1, '*'))
            {
                depth++;
                i += 2;
            }
            else if (sql[i] == '*' && At(sql, i + 1, '/'))
            {
                i += 2;
                if (--depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        return i;
    }

    // A doubled quote inside is the quote itself.
    private static int SkipQuoted(string sql, int i, char quote)
    {
        i++;
        while (i < sql.Length)
        {
            if (sql[i] == quote)
            {
                if (!At(sql, i + 1, quote))
                {
                    return i + 1;
                }

                i++;
            }

            i++;
        }

        return i;
    }
}
