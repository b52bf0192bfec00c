using System.Text.Json;
using Discovery.Cli;

namespace Discovery.IntegrationTests.Boot;

/// <summary><c>discover boot session</c> on the local store (no serve), over a collected mock fleet (issue 15).</summary>
public sealed class BootSessionCommandTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_GroupReboot_RunsToCompletedThenListAndStatusShowIt()
    {
        await using var fleet = await SessionFleet.StartAsync(3, 2, TimeSpan.Zero, null, Cancel);
        string[] common = ["--data-dir", fleet.Fleet.Temp.File("store")];
        string[] services =
        [
            "--bss", fleet.Bss.BaseUri.ToString(), "--access-token-file", fleet.Fleet.Temp.File("token"), .. fleet.Fleet.Common,
            "--poll-interval", "20ms", "--node-retries", "0",
        ];

        var created = await Power.PowerFleet.RunAsync(Cancel,
            ["boot", "session", "create", "--template", "compute-reboot", "--group", "compute", "--operation", "reboot", "--name", "cli-1", "--wait", "-o", "json", .. services]);
        var list = await Power.PowerFleet.RunAsync(Cancel, ["boot", "session", "list", "-o", "json", .. common]);
        var status = await Power.PowerFleet.RunAsync(Cancel, ["boot", "session", "status", "cli-1", "-o", "json", .. common]);
        var bad = await Power.PowerFleet.RunAsync(Cancel,
            ["boot", "session", "create", "--template", "compute-reboot", "--operation", "explode", .. services]);

        Assert.True(created.Exit == ExitCodes.Ok, created.Error);
        using var session = JsonDocument.Parse(created.Output);
        Assert.Equal(("cli-1", "completed"), (session.RootElement.GetProperty("name").GetString(), session.RootElement.GetProperty("status").GetString()));
        Assert.Equal(fleet.Members, session.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("node").GetString()!));
        Assert.All(session.RootElement.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("ForceRestart", n.GetProperty("last_action").GetString()));
        Assert.Equal(fleet.Members, fleet.Bss.Entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("cli-1", Assert.Single(JsonDocument.Parse(list.Output).RootElement.EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("completed", JsonDocument.Parse(status.Output).RootElement.GetProperty("status").GetString());
        Assert.Equal(ExitCodes.BadInput, bad.Exit);
        Assert.Contains("--operation 'explode' is not one of boot, reboot, shutdown", bad.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(SessionFleet.ServiceToken, created.Output + created.Error, StringComparison.Ordinal);
    }
}
