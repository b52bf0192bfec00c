using System.Text.Json;
using Discovery.Store;
using Discovery.Text;
using Microsoft.AspNetCore.Http;

namespace Discovery.Api.Records;

/// <summary>
/// Node reads answered from the store's read model: <c>GET /nodes/{key}</c> and listings (pages at any offset or
/// cursor, with any filter but <c>bmc</c>, which reads DuckDB). The node's JSON is kept serialized, so a read copies bytes; the
/// answer is the same as the store's (same bytes, ETag, total and cursors). Null means "ask the store".
/// </summary>
internal static class NodeReads
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public static IResult? Get(InventoryStore store, string key, HttpContext context)
    {
        if (store.NodeModel is not { } model)
        {
            return null;
        }

        if (model.Find(key) is not { } document)
        {
            return ApiProblems.NotFound($"no {RecordKinds.Name(RecordKind.Node)} {QuotedValue.Of(key)}");
        }

        context.Response.Headers.ETag = document.ETag;
        return TypedResults.Bytes(document.Json, JsonContentType);
    }

    /// <exception cref="InventoryQueryException">A filter or cursor the listing refuses.</exception>
    public static IResult? List(InventoryStore store, RecordQuery query) =>
        store.NodeModel?.Page(query) is { } page ? new PageResult(page) : null;

    /// <summary>Writes a page as <see cref="RecordPage{T}"/>'s JSON would read, with each node's stored bytes as they are.</summary>
    internal static void WritePage(Utf8JsonWriter writer, NodeDocumentPage page)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("items");
        foreach (var item in page.Items)
        {
            writer.WriteRawValue(item.Json, skipInputValidation: true);
        }

        writer.WriteEndArray();
        writer.WriteNumber("total", page.Total);
        writer.WriteNumber("offset", page.Offset);
        if (page.NextOffset is { } next)
        {
            writer.WriteNumber("next_offset", next);
        }

        if (page.NextAfter is { } after)
        {
            writer.WriteString("next_after", after);
        }

        writer.WriteEndObject();
    }

    private sealed class PageResult(NodeDocumentPage page) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = JsonContentType;
            await using (var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter))
            {
                WritePage(writer, page);
            }

            await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted);
        }
    }
}
