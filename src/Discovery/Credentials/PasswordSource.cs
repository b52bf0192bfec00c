namespace Discovery.Credentials;

/// <summary>Where the run-wide password came from (named in messages; the password itself never is).</summary>
internal enum PasswordSource
{
    /// <summary><c>--password-file FILE</c>: its first line.</summary>
    File,

    /// <summary>The <c>DISCOVER_PASSWORD</c> environment variable.</summary>
    Environment,

    /// <summary><c>--password-stdin</c>: the first line of standard input, as <c>docker login</c> reads it.</summary>
    Stdin,
}
