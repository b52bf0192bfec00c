using System.Text.Json;
using System.Text.Json.Serialization;
using Discovery.Cli.Output;
using Discovery.Text;

namespace Discovery.Cli.Tests.Output;

public sealed partial class OutputRendererTests
{
    private static readonly TableColumn<Row>[] Columns =
    [
        new("Address", r => r.IpAddress),
        new("Count", r => r.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), AlignRight: true),
    ];

    private static readonly Row[] Rows =
    [
        new() { IpAddress = "127.0.0.2", Count = 7, Note = "true" },
        new() { IpAddress = "127.0.0.3", Count = 12, Note = null },
    ];

    [Fact]
    public void Constructor_AutoOnPipe_ResolvesToJson()
    {
        var cli = new CliTestContext();

        Assert.Equal(OutputFormat.Json, new OutputRenderer(cli.Build(terminal: false), OutputFormat.Auto).Format);
        Assert.Equal(OutputFormat.Table, new OutputRenderer(cli.Build(terminal: true), OutputFormat.Auto).Format);
    }

    [Fact]
    public async Task WriteListAsync_Json_WritesSnakeCaseArray()
    {
        var cli = new CliTestContext();

        await new OutputRenderer(cli.Build(), OutputFormat.Json)
            .WriteListAsync(Rows, TestJsonContext.Default.Row, Columns, TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(cli.Output.ToString());
        Assert.Equal(2, document.RootElement.GetArrayLength());
        Assert.Equal("127.0.0.3", document.RootElement[1].GetProperty("ip_address").GetString());
        Assert.Equal(12, document.RootElement[1].GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task WriteListAsync_Jsonl_WritesOneObjectPerLine()
    {
        var cli = new CliTestContext();

        await new OutputRenderer(cli.Build(), OutputFormat.Jsonl)
            .WriteListAsync(Rows, TestJsonContext.Default.Row, Columns, TestContext.Current.CancellationToken);

        var lines = cli.Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(7, JsonDocument.Parse(lines[0]).RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task WriteListAsync_Yaml_QuotesStringsThatLookLikeOtherTypes()
    {
        var cli = new CliTestContext();

        await new OutputRenderer(cli.Build(), OutputFormat.Yaml)
            .WriteListAsync(Rows, TestJsonContext.Default.Row, Columns, TestContext.Current.CancellationToken);

        var yaml = cli.Output.ToString();
        Assert.Contains("- ip_address: 127.0.0.2", yaml, StringComparison.Ordinal);
        Assert.Contains("count: 12", yaml, StringComparison.Ordinal);
        Assert.Contains("note: \"true\"", yaml, StringComparison.Ordinal);
        Assert.Contains("note: null", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteListAsync_TableOnPipe_WritesAlignedPlainColumns()
    {
        var cli = new CliTestContext();

        await new OutputRenderer(cli.Build(), OutputFormat.Table)
            .WriteListAsync(Rows, TestJsonContext.Default.Row, Columns, TestContext.Current.CancellationToken);

        var lines = cli.Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["ADDRESS    COUNT", "127.0.0.2      7", "127.0.0.3     12"], lines);
    }

    internal sealed record Row
    {
        public required string IpAddress { get; init; }

        public int Count { get; init; }

        public string? Note { get; init; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
    [JsonSerializable(typeof(Row))]
    internal sealed partial class TestJsonContext : JsonSerializerContext;
}
