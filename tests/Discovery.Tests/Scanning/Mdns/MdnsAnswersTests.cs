using System.Net;
using Makaretu.Dns;

namespace Discovery.Scanning.Mdns.Tests;

public sealed class MdnsAnswersTests
{
    private const string Redfish = "_redfish._tcp.local";

    [Fact]
    public void TakeReady_RecordsSpreadOverMessages_ResolveOnceAllAreIn()
    {
        var answers = new MdnsAnswers([Redfish, "_obmc_redfish._tcp.local"]);
        answers.Add(Response(new PTRRecord { Name = Redfish, DomainName = "bmc-1._redfish._tcp.local" }));
        Assert.Empty(answers.TakeReady());
        Assert.Equal([("bmc-1._redfish._tcp.local", DnsType.SRV)], answers.Missing().Select(m => (m.Name, m.Type)));

        answers.Add(Response(
            new SRVRecord { Name = "bmc-1._redfish._tcp.local", Target = "bmc-1.local", Port = 8443 },
            new TXTRecord { Name = "bmc-1._redfish._tcp.local", Strings = ["txtvers=1", "uuid=u-1"] }));
        Assert.Empty(answers.TakeReady());
        Assert.Equal([("bmc-1.local", DnsType.A)], answers.Missing().Select(m => (m.Name, m.Type)));

        answers.Add(Response(
            new AAAARecord { Name = "bmc-1.local", Address = IPAddress.Parse("fe80::1") },
            new ARecord { Name = "bmc-1.local", Address = IPAddress.Parse("10.0.0.5") }));
        var instance = Assert.Single(answers.TakeReady());
        Assert.Equal(
            new MdnsServiceInstance("bmc-1._redfish._tcp.local", Redfish, "bmc-1.local", 8443, IPAddress.Parse("10.0.0.5"), instance.Text),
            instance);
        Assert.Equal(["txtvers=1", "uuid=u-1"], instance.Text);
        Assert.Empty(answers.TakeReady());
        Assert.Empty(answers.Missing());
    }

    [Fact]
    public void TakeReady_OtherServiceTypes_AreIgnored()
    {
        var answers = new MdnsAnswers([Redfish]);
        answers.Add(Response(
            new PTRRecord { Name = "_ipp._tcp.local", DomainName = "printer._ipp._tcp.local" },
            new SRVRecord { Name = "printer._ipp._tcp.local", Target = "printer.local", Port = 631 },
            new ARecord { Name = "printer.local", Address = IPAddress.Parse("10.0.0.9") }));

        Assert.Empty(answers.TakeReady());
        Assert.Empty(answers.Missing());
    }

    [Fact]
    public void TakeReady_OneMessageWithAdditionalRecords_ResolvesEveryInstance()
    {
        var message = new Message { QR = true, AA = true };
        for (var i = 0; i < 3; i++)
        {
            message.Answers.Add(new PTRRecord { Name = Redfish, DomainName = $"bmc-{i}._redfish._tcp.local" });
            message.AdditionalRecords.Add(new SRVRecord { Name = $"bmc-{i}._redfish._tcp.local", Target = $"bmc-{i}.local", Port = 443 });
            message.AdditionalRecords.Add(new ARecord { Name = $"bmc-{i}.local", Address = IPAddress.Parse($"10.0.0.{10 + i}") });
        }

        var answers = new MdnsAnswers([Redfish]);
        answers.Add(RoundTrip(message));

        Assert.Equal(["10.0.0.10", "10.0.0.11", "10.0.0.12"], answers.TakeReady().Select(i => i.Address.ToString()).Order());
    }

    private static Message Response(params ResourceRecord[] records)
    {
        var message = new Message { QR = true, AA = true };
        message.Answers.AddRange(records);
        return RoundTrip(message);
    }

    // Through the wire format, as the browser sees them.
    private static Message RoundTrip(Message message)
    {
        var bytes = message.ToByteArray();
        var read = new Message();
        read.Read(bytes, 0, bytes.Length);
        return read;
    }
}
