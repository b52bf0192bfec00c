using System.Net;
using System.Net.Sockets;
using System.Text;
using Discovery.Testing.Mockups;

namespace Discovery.MockBmc.Tests.Udp;

/// <summary>The SSDP and RMCP responders of an instance (UdpResponder with SsdpAnswer and RmcpPong), over real UDP.</summary>
public sealed class UdpRespondersTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("urn:dmtf-org:service:redfish-rest:1")]
    [InlineData("ssdp:all")]
    public async Task Ssdp_MSearchForRedfish_AnswersWithUsnAndAl(string searchTarget)
    {
        await using var fleet = await StartAsync();
        var instance = fleet.Instances[1];
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var search = $"M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\nMX: 1\r\nST: {searchTarget}\r\n\r\n";

        await client.SendAsync(Encoding.ASCII.GetBytes(search), new IPEndPoint(instance.Address, instance.SsdpPort!.Value), Token);
        var answer = Encoding.ASCII.GetString((await ReceiveAsync(client)).Buffer);

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", answer, StringComparison.Ordinal);
        Assert.Contains("CACHE-CONTROL: max-age=1800\r\n", answer, StringComparison.Ordinal);
        Assert.Contains("ST: urn:dmtf-org:service:redfish-rest:1\r\n", answer, StringComparison.Ordinal);
        Assert.Contains($"USN: uuid:{instance.ServiceUuid}::urn:dmtf-org:service:redfish-rest:1\r\n", answer, StringComparison.Ordinal);
        Assert.Contains($"AL: http://127.0.7.3:{fleet.Port}/redfish/v1/\r\n", answer, StringComparison.Ordinal);
        Assert.Contains("EXT:\r\n", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ssdp_OtherSearchTarget_IsIgnored()
    {
        await using var fleet = await StartAsync();
        var instance = fleet.Instances[0];
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var endpoint = new IPEndPoint(instance.Address, instance.SsdpPort!.Value);

        await client.SendAsync(Encoding.ASCII.GetBytes("M-SEARCH * HTTP/1.1\r\nST: upnp:rootdevice\r\n\r\n"), endpoint, Token);
        await client.SendAsync(Encoding.ASCII.GetBytes("M-SEARCH * HTTP/1.1\r\nST: ssdp:all\r\n\r\n"), endpoint, Token);
        var answer = Encoding.ASCII.GetString((await ReceiveAsync(client)).Buffer);

        // Datagrams are answered in order, so the first answer is the one to ssdp:all: the rootdevice search got none.
        Assert.Contains("ST: urn:dmtf-org:service:redfish-rest:1", answer, StringComparison.Ordinal);
        Assert.Equal(0, client.Available);
    }

    [Fact]
    public async Task Rmcp_PresencePing_AnswersPongWithSameTagAndIpmiSupported()
    {
        await using var fleet = await StartAsync();
        var instance = fleet.Instances[0];
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        byte[] ping = [0x06, 0x00, 0xFF, 0x06, 0x00, 0x00, 0x11, 0xBE, 0x80, 0x5A, 0x00, 0x00];

        await client.SendAsync(ping, new IPEndPoint(instance.Address, instance.IpmiPort!.Value), Token);
        var pong = (await ReceiveAsync(client)).Buffer;

        Assert.Equal(28, pong.Length);
        Assert.Equal(new byte[] { 0x06, 0x00, 0xFF, 0x06, 0x00, 0x00, 0x11, 0xBE, 0x40, 0x5A, 0x00, 0x10 }, pong[..12]);
        Assert.Equal(new byte[] { 0x00, 0x00, 0x11, 0xBE }, pong[12..16]);
        Assert.Equal(0x81, pong[20]);
        Assert.Equal(0x00, pong[21]);
    }

    private static Task<MockFleet> StartAsync() =>
        MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal")], Count = 2, FirstAddress = IPAddress.Parse("127.0.7.2"), SsdpPort = 0, IpmiPort = 0 },
            Token);

    private static async Task<UdpReceiveResult> ReceiveAsync(UdpClient client)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        return await client.ReceiveAsync(timeout.Token);
    }
}
