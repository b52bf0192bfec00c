using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Discovery.CrawlLog;
using Discovery.Records;
using Discovery.Redfish.Mapping;
using Discovery.Store;

namespace Discovery.Benchmarks;

/// <summary>The per-request and per-node paths: mapping, redaction, a store point read, a JSON render.</summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private static readonly DateTimeOffset ObservedAt = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private RedfishDocuments _documents = null!;
    private CrawlLogRedactor _redactor = null!;
    private string _systemBody = null!;
    private string _accountServiceBody = null!;
    private ComputeNode _node = null!;
    private InventoryStore _store = null!;
    private string _nodeKey = null!;
    private string _dataDirectory = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _documents = BenchmarkMockup.Documents();
        _redactor = new CrawlLogRedactor(["benchmark-password"]);
        _systemBody = BenchmarkMockup.Body("Systems/" + FirstSystemId());
        _accountServiceBody = BenchmarkMockup.Body("AccountService");
        var mapped = RedfishMapper.Map(_documents, "127.0.0.2", 443, ObservedAt);
        _node = mapped.Nodes[0];

        _dataDirectory = Directory.CreateTempSubdirectory("discover-bench-store.").FullName;
        _store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = _dataDirectory }, CancellationToken.None);
        await _store.UpsertCollectedAsync(
            [new CollectedBmc { Address = "127.0.0.2", Port = 443, Complete = true, Status = "ok", Bmc = mapped.Bmc, Nodes = mapped.Nodes }],
            CancellationToken.None);
        _nodeKey = _node.Id.ToString();
        if (await _store.Nodes.GetAsync(_nodeKey, CancellationToken.None) is null)
        {
            throw new InvalidOperationException($"the mapped node {_nodeKey} is not in the store after the upsert");
        }
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        _store.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(Description = "map one system (RedfishMapper.Map)")]
    public object MapOneSystem() => RedfishMapper.Map(_documents, "127.0.0.2", 443, ObservedAt);

    [Benchmark(Description = "redact a ComputerSystem body")]
    public string? RedactSystemBody() => _redactor.RedactBody(_systemBody);

    [Benchmark(Description = "redact an AccountService body (JSON pass)")]
    public string? RedactAccountServiceBody() => _redactor.RedactBody(_accountServiceBody);

    [Benchmark(Description = "store point read (Nodes.GetAsync by id)")]
    public async Task<object?> StorePointRead() => await _store.Nodes.GetAsync(_nodeKey, CancellationToken.None);

    [Benchmark(Description = "render a node as JSON")]
    public byte[] RenderNodeJson() => JsonSerializer.SerializeToUtf8Bytes(_node, InventoryJsonContext.Default.ComputeNode);

    private string FirstSystemId()
    {
        _documents.TryGet("/redfish/v1/Systems", out var systems);
        var first = RedfishDocuments.MemberUris(systems)[0];
        return first[(first.LastIndexOf('/') + 1)..];
    }
}
