namespace Discovery.Store;

/// <summary>A page of a node listing answered by the read model: the documents, and the same counts and cursors a <see cref="RecordPage{T}"/> has.</summary>
internal sealed record NodeDocumentPage(IReadOnlyList<NodeDocument> Items, long Total, int Offset, int? NextOffset, string? NextAfter)
{
    /// <summary>The page <paramref name="query"/> asks for out of <paramref name="matches"/> (all the matching nodes, sorted).</summary>
    public static NodeDocumentPage Of(List<NodeDocument> matches, RecordQuery query)
    {
        var items = matches.Skip(query.Offset).Take(query.Limit ?? int.MaxValue).ToList();
        var next = query.Offset + items.Count;
        var more = next < matches.Count && items.Count > 0;
        return new NodeDocumentPage(
            items,
            matches.Count,
            query.Offset,
            more ? next : null,
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
