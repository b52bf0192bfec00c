using System.Diagnostics;
using Discovery.MockBmc;
using Discovery.MockBmc.Mdns;

namespace MockBmc;

/// <summary>Starts the fleet, prints where each instance is, then serves until cancelled (Ctrl-C, SIGTERM).</summary>
internal static class FleetRunner
{
    public static async Task<int> RunAsync(MockFleetOptions options, MdnsPlan? mdns, bool quiet, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        MockFleet fleet;
        IAsyncDisposable? responder = null;
        try
        {
            fleet = await MockFleet.StartAsync(options, cancellationToken);
        }
        catch (MockBmcException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }

        await using (fleet)
        {
            if (mdns is not null)
            {
                var advertisements = MdnsFlags.For(fleet, mdns.OpenBmc, mdns.Extras);
                try
                {
                    responder = MdnsResponder.Start(advertisements);
                }
                catch (MockBmcException e)
                {
                    await error.WriteLineAsync(e.Message);
                    return 1;
                }

                await output.WriteLineAsync(MockBmcCommand.Invariant($"mdns: advertising {advertisements.Count} services on loopback"));
            }

            await using var advertising = responder;
            if (!quiet)
            {
                foreach (var instance in fleet.Instances)
                {
                    await output.WriteLineAsync(MockBmcCommand.Invariant(
                        $"{instance.Index}\t{instance.BaseUri}\t{instance.MockupName}\tuuid={instance.ServiceUuid}\tmac={instance.ManagerMac ?? "-"}"));
                }
            }

            var first = fleet.Instances[0];
            var last = fleet.Instances[^1];
            await output.WriteLineAsync(MockBmcCommand.Invariant(
                $"ready: {fleet.Instances.Count} BMCs on {first.Address}..{last.Address} port {fleet.Port} ({first.BaseUri.Scheme}) in {clock.ElapsedMilliseconds} ms; account {options.Username}"));
            await output.FlushAsync(cancellationToken);
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                await output.WriteLineAsync("stopping");
            }
        }

        return 0;
    }

    /// <summary>What to advertise over mDNS: the last <paramref name="OpenBmc"/> instances as OpenBMC's type, plus <paramref name="Extras"/>.</summary>
    public sealed record MdnsPlan(int OpenBmc, IReadOnlyList<MdnsAdvertisement> Extras);
}
