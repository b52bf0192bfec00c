namespace Discovery.Testing.Smd;

/// <summary>A request the double answered.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path and query.</param>
/// <param name="Status">The status it answered.</param>
/// <param name="Body">The request body, if any.</param>
/// <param name="Authorization">The Authorization header, if any.</param>
public sealed record SmdDoubleRequest(string Method, string Path, int Status, string? Body, string? Authorization)
{
    /// <summary>True for POST, PUT, PATCH and DELETE.</summary>
    public bool IsWrite => Method is not ("GET" or "HEAD");
}
