using System.Net;
using System.Text;
using System.Text.Json;
using Discovery.Api.Records;
using Discovery.Store;
using Discovery.Store.Remote;
using static Discovery.Api.Tests.ApiTestJson;

namespace Discovery.Api.Tests.Records;

/// <summary>Node point reads from the read model (issue 14): the same bytes, ETags, totals and cursors as the store's own answer.</summary>
public sealed class NodeReadsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListByMac_SharedMacOverTwoPages_SameJsonAsTheDuckDbListing()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        for (var i = 1; i <= 3; i++)
        {
            // Every iLO's host-interface NIC has one MAC: three nodes match one ?mac=.
            var body = $$"""{"xname": "x3000c0s{{i}}b0n0", "arch": "x86_64", "network_interfaces": [{"name": "usb0", "mac_address": "0A-94-EF-E4-A1-7B"}]}""";
            Assert.Equal(HttpStatusCode.Created, (await server.Authorized.PostAsync("/nodes", Body(body), Token)).StatusCode);
        }

        var first = await server.Anonymous.GetStringAsync("/nodes?mac=0a:94:ef:e4:a1:7b&limit=2", Token);
        var next = JsonDocument.Parse(first).RootElement.GetProperty("next_after").GetString();

        // The same listing with a second filter that every node passes is answered by DuckDB.
        var query = new RecordQuery { Limit = 2, Filters = new Dictionary<string, string> { ["mac"] = "0a:94:ef:e4:a1:7b", ["arch"] = "x86_64" } };
        var stored = await server.Store.Nodes.ListAsync(query, Token);
        Assert.Equal(JsonSerializer.Serialize(stored, ApiJsonContext.Default.RecordPageComputeNode), first);
        Assert.Equal(stored.NextAfter, next);
        var second = await server.Anonymous.GetStringAsync("/nodes?mac=0a:94:ef:e4:a1:7b&limit=2&offset=2", Token);
        Assert.Equal(JsonSerializer.Serialize(await server.Store.Nodes.ListAsync(query with { Offset = 2 }, Token), ApiJsonContext.Default.RecordPageComputeNode), second);
    }

    [Fact]
    public async Task GetByXnameAndIp_AfterAcknowledgedPut_SeesTheWriteAndItsETag()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var http = server.Authorized;
        var node = """{"xname": "x3000c0s7b0n0", "hostname": "n7", "network_interfaces": [{"name": "eth0", "mac_address": "52:54:00:00:07:00", "ipv4_addresses": ["10.1.0.7"]}]}""";
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/nodes", Body(node), Token)).StatusCode);

        var put = await http.PutAsync("/nodes/x3000c0s7b0n0", Body(node.Replace("10.1.0.7", "10.2.0.7", StringComparison.Ordinal).Replace("\"n7\"", "\"login7\"", StringComparison.Ordinal)), Token);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var read = await http.GetAsync("/nodes/x3000c0s7b0n0", Token);
        Assert.Equal(put.Headers.ETag!.ToString(), read.Headers.ETag!.ToString());
        Assert.Equal("application/json; charset=utf-8", read.Content.Headers.ContentType!.ToString());
        Assert.Equal("login7", (await ReadAsync(read)).GetProperty("hostname").GetString());
        Assert.Equal(0, (await ReadAsync(await http.GetAsync("/nodes?ip=10.1.0.7", Token))).GetProperty("total").GetInt32());
        Assert.Equal("login7", (await ReadAsync(await http.GetAsync("/nodes?ip=10.2.0.7", Token))).GetProperty("items")[0].GetProperty("hostname").GetString());
    }

    [Fact]
    public void WritePage_EveryField_ReadsAsTheSerializerWritesIt()
    {
        var node = new Discovery.Records.ComputeNode { Id = Guid.NewGuid(), Xname = "x1c0s0b0n0", Hostname = "h\u00e9" };
        var documents = new List<NodeDocument> { NodeDocument.Of(new Versioned<Discovery.Records.ComputeNode>(node, 3)), NodeDocument.Of(new Versioned<Discovery.Records.ComputeNode>(node with { Id = Guid.NewGuid(), Xname = null }, 4)) };
        var page = NodeDocumentPage.Of(documents, new RecordQuery { Limit = 1 });
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            NodeReads.WritePage(writer, page);
        }

        Assert.NotNull(page.NextAfter);
        Assert.Equal(JsonSerializer.Serialize(page.ToRecordPage(), ApiJsonContext.Default.RecordPageComputeNode), Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
