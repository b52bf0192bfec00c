using System.Buffers;
using System.Text;

namespace Discovery.CrawlLog;

/// <summary>
/// Whether a text contains any of some ASCII fragments, ignoring case. SearchValues' ignore-case search must also
/// match non-ASCII letters whose uppercase is ASCII (the long s for <c>s</c>, the dotless i for <c>i</c>), which
/// keeps it off its fast path for fragments such as <c>password</c> (the benchmark measured a 5 KB body at about
/// 30 times the cost); ASCII text (nearly every Redfish body) is lowered into a buffer and searched ordinally
/// instead, with the same answer. Other text takes the ignore-case search.
/// </summary>
internal sealed class FragmentSearch
{
    private const int StackLimit = 2048;

    private readonly SearchValues<string> _ignoreCase;
    private readonly SearchValues<string> _lowercase;

    /// <param name="fragments">Lowercase ASCII fragments.</param>
    public FragmentSearch(string[] fragments)
    {
        _ignoreCase = SearchValues.Create(fragments, StringComparison.OrdinalIgnoreCase);
        _lowercase = SearchValues.Create(fragments, StringComparison.Ordinal);
    }

    public bool IsIn(ReadOnlySpan<char> text)
    {
        char[]? rented = null;
        // Sized to the text: a stack buffer is zeroed, and property names (a few characters) come here by the dozen per body.
        var lowered = text.Length <= StackLimit ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            return Ascii.ToLower(text, lowered, out var written) == OperationStatus.Done
                ? lowered[..written].ContainsAny(_lowercase)
                : text.ContainsAny(_ignoreCase);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
