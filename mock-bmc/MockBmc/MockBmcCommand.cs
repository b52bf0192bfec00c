using System.CommandLine;
using System.Globalization;
using System.Net;
using Discovery.MockBmc;

namespace MockBmc;

/// <summary>The <c>mock-bmc</c> command line: options become <see cref="MockFleetOptions"/>, then <see cref="FleetRunner"/> serves.</summary>
internal static class MockBmcCommand
{
    public const string PasswordVariable = "MOCK_BMC_PASSWORD";

    public const string StatsPath = "/_mock/stats";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var mockups = new Option<string[]>("--mockup", "-m")
        {
            Description = "Mockup folder to serve, tall form (has redfish/v1/index.json) or short form (the folder is /redfish/v1). Repeat for several; instances take them round-robin.",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var fleet = new Option<int>("--fleet", "-n") { Description = "Number of BMC instances; instance i listens on --first-address + i.", DefaultValueFactory = _ => 1 };
        var firstAddress = new Option<string>("--first-address") { Description = "Address of instance 0 (IPv4, 127.0.0.0/8 unless --allow-non-loopback).", DefaultValueFactory = _ => "127.0.0.2" };
        var port = new Option<int>("--port", "-p") { Description = "TCP port every instance listens on; 0 picks a free one.", DefaultValueFactory = _ => 0 };
        var tls = new Option<bool>("--tls") { Description = "Serve HTTPS (default: plain HTTP); each instance has its own ECDSA certificate, issued by a CA made at start." };
        var sessionLimit = new Option<int>("--session-limit") { Description = "Open sessions per instance; further logins get 503 SessionLimitExceeded.", DefaultValueFactory = _ => 16 };
        var latency = new Option<int>("--latency") { Description = "Milliseconds added before every answer.", DefaultValueFactory = _ => 0 };
        var jitter = new Option<int>("--jitter") { Description = "Up to this many extra milliseconds per answer, drawn from --seed.", DefaultValueFactory = _ => 0 };
        var errorRate = new Option<double>("--error-rate") { Description = "Share (0..1) of non-root answers that are 500 or 503 (503 with Retry-After: 1).", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "Seed for rewritten identities, jitter and injected errors.", DefaultValueFactory = _ => 1 };
        var ssdpPort = new Option<int?>("--ssdp-port") { Description = "Answer unicast SSDP M-SEARCH on UDP <address>:<port> for each instance." };
        var ipmiPort = new Option<int?>("--ipmi-port") { Description = "Answer the RMCP/ASF presence ping on UDP <address>:<port> for each instance." };
        var identity = new Option<MockIdentityMode>("--identity") { Description = "rewrite: each instance gets its own UUIDs, serials and MACs; original: serve the mockup's.", DefaultValueFactory = _ => MockIdentityMode.Rewrite };
        var firmware = new Option<string?>("--firmware-version") { Description = "Serve this FirmwareVersion on every Manager." };
        var username = new Option<string>("--username") { Description = $"Account name of the simulator (the password comes from ${PasswordVariable}, default 'password').", DefaultValueFactory = _ => "admin" };
        var allowNonLoopback = new Option<bool>("--allow-non-loopback") { Description = "Allow a --first-address outside 127.0.0.0/8 (never needed for tests)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the summary and ready lines, not one line per instance." };
        var powerDelay = new Option<int>("--power-delay") { Description = "Milliseconds a system reads PoweringOn/PoweringOff after an accepted ComputerSystem.Reset (ResetType from the mockup's ResetType@Redfish.AllowableValues, else 400) before PowerState reads the target.", DefaultValueFactory = _ => 0 };
        var fault = new Option<string[]>("--fault") { Description = FaultFlags.Description, AllowMultipleArgumentsPerToken = false };
        var mdns = new Option<bool>("--mdns") { Description = "Advertise every instance over mDNS as _redfish._tcp (port, TXT path and uuid); the responder answers on loopback only." };
        var mdnsObmc = new Option<int>("--mdns-obmc") { Description = "Advertise the last N instances as OpenBMC's _obmc_redfish._tcp instead. Implies --mdns.", DefaultValueFactory = _ => 0 };
        var mdnsExtra = new Option<string[]>("--mdns-extra") { Description = MdnsFlags.ExtraDescription, AllowMultipleArgumentsPerToken = false };

        var root = new RootCommand(
            "mock-bmc: serves Redfish mockups as a fleet of simulated BMCs on loopback addresses. Prints 'ready' once every instance accepts connections; stops on Ctrl-C or SIGTERM. "
            + $"Each instance answers GET {StatsPath} (no credentials) with its counters as JSON: requests, logins, failed_logins, sessions_created, sessions_deleted, open_sessions, resets, reset_types (accepted ComputerSystem.Reset by ResetType), and paths (requests by lower-case path; paths the mockup lacks count as \"{MockCounters.OtherPaths}\"). "
            + "With --tls each instance has its own certificate, issued by a CA made at start.")
        {
            mockups, fleet, firstAddress, port, tls, sessionLimit, latency, jitter, errorRate, seed, ssdpPort, ipmiPort, identity, firmware, username, allowNonLoopback, quiet, powerDelay, fault,
            mdns, mdnsObmc, mdnsExtra,
        };
        root.SetAction(async (parse, cancellationToken) =>
        {
            if (!IPAddress.TryParse(parse.GetValue(firstAddress), out var address) || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork)
            {
                await error.WriteLineAsync("--first-address must be an IPv4 address.");
                return 2;
            }

            if (address.GetAddressBytes()[0] != 127 && !parse.GetValue(allowNonLoopback))
            {
                await error.WriteLineAsync($"Refusing to listen on {address}: outside 127.0.0.0/8. Pass --allow-non-loopback to do it anyway.");
                return 2;
            }

            var rate = parse.GetValue(errorRate);
            if (rate is < 0 or > 1)
            {
                await error.WriteLineAsync("--error-rate must be within 0..1.");
                return 2;
            }

            // The fleet's last address must stay inside the first address's /8 (127.x for a loopback fleet).
            var room = 0xFFFFFF - (BitConverter.ToInt32([.. address.GetAddressBytes().Reverse()]) & 0xFFFFFF) + 1;
            if (NumericFlags.FirstProblem(
                parse,
                (fleet, 1, room, $" (instances from {address} to the end of its /8)"),
                (port, 0, 65535, ""),
                (sessionLimit, 1, 100_000, " sessions"),
                (latency, 0, NumericFlags.MaxDelayMs, " ms"),
                (jitter, 0, NumericFlags.MaxDelayMs, " ms"),
                (powerDelay, 0, NumericFlags.MaxDelayMs, " ms"),
                (ssdpPort, 1, 65535, ""),
                (ipmiPort, 1, 65535, ""),
                (mdnsObmc, 0, Math.Max(0, parse.GetValue(fleet)), " (at most --fleet)")) is { } numberProblem)
            {
                await error.WriteLineAsync(numberProblem);
                return 2;
            }

            var fleetFaults = new MockFaults
            {
                Latency = TimeSpan.FromMilliseconds(parse.GetValue(latency)),
                Jitter = TimeSpan.FromMilliseconds(parse.GetValue(jitter)),
                ErrorRate = rate,
                FirmwareVersion = parse.GetValue(firmware),
            };
            var (instanceFaults, passwords, faultError) = FaultFlags.Parse(parse.GetValue(fault) ?? [], parse.GetValue(fleet), address, fleetFaults);
            if (faultError is not null)
            {
                await error.WriteLineAsync(faultError);
                return 2;
            }

            var (extras, extraError) = MdnsFlags.ParseExtras(parse.GetValue(mdnsExtra) ?? [], address);
            if (extraError is not null)
            {
                await error.WriteLineAsync(extraError);
                return 2;
            }

            var advertise = parse.GetValue(mdns) || parse.GetValue(mdnsObmc) > 0 || extras.Count > 0
                ? new FleetRunner.MdnsPlan(parse.GetValue(mdnsObmc), extras)
                : null;
            var options = new MockFleetOptions
            {
                MockupDirectories = parse.GetValue(mockups) ?? [],
                Count = parse.GetValue(fleet),
                FirstAddress = address,
                Port = parse.GetValue(port),
                Tls = parse.GetValue(tls),
                SessionLimit = parse.GetValue(sessionLimit),
                PowerDelay = TimeSpan.FromMilliseconds(parse.GetValue(powerDelay)),
                Seed = parse.GetValue(seed),
                SsdpPort = parse.GetValue(ssdpPort),
                IpmiPort = parse.GetValue(ipmiPort),
                Identity = parse.GetValue(identity),
                Username = parse.GetValue(username) ?? "admin",
                Password = Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } password ? password : "password",
                Faults = fleetFaults,
                InstanceFaults = instanceFaults,
                InstancePasswords = passwords,
            };
            return await FleetRunner.RunAsync(options, advertise, parse.GetValue(quiet), output, error, cancellationToken);
        });

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
