namespace Discovery.Store;

/// <summary>A page of a node listing answered by the read model: the documents, and the same counts and cursors a <see cref="RecordPage{T}"/> has.</summary>
internal sealed record NodeDocumentPage(IReadOnlyList<NodeDocument> Items, long Total, int Offset, int? NextOffset, string? NextAfter)
{
    /// <summary>The page <paramref name="query"/> asks for out of <paramref name="matches"/> (all the matching nodes, sorted).</summary>
    public static NodeDocumentPage Of(IReadOnlyList<NodeDocument> matches, RecordQuery query) => Of(matches, 0, query);

    /// <summary>
    /// The page <paramref name="query"/> asks for out of <paramref name="matches"/>, counting its offset from
    /// <paramref name="start"/> (the first match after its cursor): the page's offset is then its place among all matches.
    /// </summary>
    public static NodeDocumentPage Of(IReadOnlyList<NodeDocument> matches, int start, RecordQuery query)
    {
        var first = Math.Min((long)start + query.Offset, matches.Count);
        var count = (int)Math.Min(query.Limit ?? int.MaxValue, matches.Count - first);
        var items = new NodeDocument[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = matches[(int)first + i];
        }

        var next = first + count;
        var more = next < matches.Count && count > 0;
        return new NodeDocumentPage(
            items,
            matches.Count,
            (int)Math.Min((long)start + query.Offset, int.MaxValue),
            more ? (int)next : null,
            more ? PageCursor.Encode([items[^1].Xname, items[^1].Id.ToString("D")]) : null);
    }

    /// <summary>The page with records (for in-process readers).</summary>
    public RecordPage<Records.ComputeNode> ToRecordPage() => new()
    {
        Items = [.. Items.Select(d => d.ToVersioned().Record)],
        Total = Total,
        Offset = Offset,
        NextOffset = NextOffset,
        NextAfter = NextAfter,
    };
}
